#!/usr/bin/env python3
# The longest functions of the product (core, ui, app, sim; --all adds tests and bench), by lines
# from the signature to the closing brace at column 0. Run from the checkout: tests/style/function-sizes.py [N]
import sys, subprocess, re
files = subprocess.run(['git','ls-files','*.cpp','*.h','*.c'], capture_output=True, text=True).stdout.split()
out = []
for f in files:
    if f.startswith('tests/') or f.startswith('bench/'): 
        if '--all' not in sys.argv: continue
    lines = open(f, encoding='utf-8', errors='replace').read().split('\n')
    i = 0
    while i < len(lines):
        if lines[i] == '{' and i > 0:
            # signature: walk back to a line at column 0 that is not blank
            j = i - 1
            while j > 0 and (lines[j].startswith(' ') or lines[j].startswith(':') or lines[j].startswith(',')) :
                j -= 1
            sig = lines[j].strip()
            k = i + 1
            while k < len(lines) and lines[k] != '}' and not lines[k].startswith('};'):
                k += 1
            n = k - j + 1
            if not sig.startswith(('namespace','class','struct','enum')):
                m = re.search(r'([\w:~]+)\s*\(', sig)
                out.append((n, f, m.group(1) if m else sig[:60]))
            i = k
        i += 1
out.sort(reverse=True)
for n, f, name in out[:int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 15]:
    print(f'{n:5d}  {f}  {name}')
