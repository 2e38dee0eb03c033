#!/usr/bin/env python3
"""Fill translations/provstation_<lang>.ts from the reviewed dictionaries <lang>.json.

    python3 translations/fill.py            # apply de.json and zh_CN.json, then check
    python3 translations/fill.py --check    # only check: exit 1 on unfinished/empty/bad messages
    python3 translations/fill.py --missing  # print the messages no dictionary covers yet
    python3 translations/fill.py --export   # copy finished .ts translations into the dictionaries
                                            # (after an edit in Qt Linguist, so fill.py keeps it)

A dictionary maps "context|source" (plus "|comment" when the message has a disambiguation
comment) to the translation; numerus messages map to a list of forms (German 2, Chinese 1).
Every translation must keep the source's %-placeholders (%1, %L1, %n) and its mnemonic count
(0 or 1 single '&'); fill.py refuses to write a translation that does not. Messages without an
entry stay type="unfinished" and are reported. Run update_translations (lupdate) afterwards: it
re-reads the files, keeps every translation and rewrites the canonical TS layout.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"de": 2, "zh_CN": 1}  # language -> number of numerus forms
PLACEHOLDER = re.compile(r"%L?\d+|%n")


def placeholders(text):
    return set(PLACEHOLDER.findall(text))


def mnemonics(text):
    """Single '&' followed by a letter or digit (Qt's mnemonic); '&&' is a literal ampersand."""
    return len(re.findall(r"(?<!&)&(?=[^\W_])", text.replace("&&", "")))


def key_of(context, message):
    key = context + "|" + (message.findtext("source") or "")
    comment = message.findtext("comment")
    if comment:
        key += "|" + comment
    return key


def problems(source, forms, nforms, numerus):
    out = []
    if numerus and len(forms) != nforms:
        out.append("needs %d numerus forms, has %d" % (nforms, len(forms)))
    for f in forms:
        if not f:
            out.append("empty translation")
            continue
        src_ph = placeholders(source)
        ph = placeholders(f)
        if numerus:  # a form may leave %n out ("ein Zertifikat"), but no other change
            src_ph.discard("%n")
            ph.discard("%n")
        if ph != src_ph:
            out.append("placeholders %s vs source %s" % (sorted(ph), sorted(src_ph)))
        if mnemonics(f) != mnemonics(source) or mnemonics(f) > 1:
            out.append("mnemonics %d vs source %d" % (mnemonics(f), mnemonics(source)))
    return out


def write_ts(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def process(lang, nforms, apply, list_missing):
    ts_path = os.path.join(HERE, "provstation_%s.ts" % lang)
    dict_path = os.path.join(HERE, "%s.json" % lang)
    table = {}
    if os.path.exists(dict_path):
        with open(dict_path, encoding="utf-8") as f:
            table = json.load(f)
    tree = ET.parse(ts_path)
    total = unfinished = bad = 0
    for ctx in tree.getroot().iter("context"):
        cname = ctx.findtext("name")
        for m in ctx.iter("message"):
            total += 1
            numerus = m.get("numerus") == "yes"
            source = m.findtext("source") or ""
            tr = m.find("translation")
            if tr is None:
                tr = ET.SubElement(m, "translation")
            key = key_of(cname, m)
            if apply and key in table:
                value = table[key]
                forms = value if isinstance(value, list) else [value]
                issues = problems(source, forms, nforms, numerus)
                if issues:
                    print("%s: %s: %s" % (lang, key, "; ".join(issues)), file=sys.stderr)
                    bad += 1
                else:
                    for child in list(tr):
                        tr.remove(child)
                    tr.attrib.pop("type", None)
                    if numerus:
                        tr.text = None
                        for form in forms:
                            ET.SubElement(tr, "numerusform").text = form
                    else:
                        tr.text = forms[0]
            # what the file says now
            forms = [n.text or "" for n in tr.findall("numerusform")] if numerus else [tr.text or ""]
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                unfinished += 1
                if list_missing:
                    print("%s\t%s" % (lang, key))
            elif problems(source, forms, nforms, numerus):
                bad += 1
                print("%s: %s: %s" % (lang, key, "; ".join(problems(source, forms, nforms, numerus))),
                      file=sys.stderr)
    if apply:
        write_ts(tree, ts_path)
    print("%s: %d messages, %d unfinished, %d with problems" % (lang, total, unfinished, bad),
          file=sys.stderr)
    return unfinished + bad


def export(lang):
    dict_path = os.path.join(HERE, "%s.json" % lang)
    table = {}
    if os.path.exists(dict_path):
        with open(dict_path, encoding="utf-8") as f:
            table = json.load(f)
    tree = ET.parse(os.path.join(HERE, "provstation_%s.ts" % lang))
    for ctx in tree.getroot().iter("context"):
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is None or tr.get("type"):
                continue
            if m.get("numerus") == "yes":
                table[key_of(ctx.findtext("name"), m)] = [n.text or "" for n in tr.findall("numerusform")]
            elif tr.text:
                table[key_of(ctx.findtext("name"), m)] = tr.text
    with open(dict_path, "w", encoding="utf-8") as f:
        json.dump(table, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


def main():
    if "--export" in sys.argv:
        for lang in LANGS:
            export(lang)
        return 0
    check_only = "--check" in sys.argv
    list_missing = "--missing" in sys.argv
    failures = 0
    for lang, nforms in LANGS.items():
        failures += process(lang, nforms, not (check_only or list_missing), list_missing)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
