#!/usr/bin/env bash
# The fuzz targets in CI (ctest label "fuzz", tests/CMakeLists.txt):
#   tests/fuzz/ci.sh build SOURCE_DIR FUZZ_BUILD_DIR       configure (once) and build every fuzz target with clang
#   tests/fuzz/ci.sh run FUZZ_BUILD_DIR TARGET SECONDS CORPUS [libFuzzer flags...]
# "run" fuzzes TARGET for SECONDS from the committed CORPUS (read only: new inputs go to a
# scratch folder in the build dir), with a fresh random seed that libFuzzer prints; a crash, leak,
# timeout or broken invariant leaves its input in FUZZ_BUILD_DIR/artifacts and fails the test
# with the command that replays it.
# "build" compiles under the shared build lock (flock on $PROVSTATION_BUILD_LOCK, by default the
# team's /tmp/provstation-build.lock), so a test run never builds beside someone else's build; do
# not run ctest itself under that lock.
set -euo pipefail

case "${1:-}" in
build)
  src=$2 dir=$3
  for tool in clang clang++; do
    command -v "$tool" > /dev/null || {
      echo "fuzz: $tool is not installed; the fuzz targets need it: apt-get install clang (installer/bootstrap.sh lists it)" >&2
      exit 1
    }
  done
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$src" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DPROVSTATION_FUZZ=ON > "$dir.configure.log" 2>&1 ||
      { cat "$dir.configure.log" >&2; exit 1; }
  fi
  lock=${PROVSTATION_BUILD_LOCK:-/tmp/provstation-build.lock}
  if command -v flock > /dev/null; then
    flock "$lock" cmake --build "$dir" -j "${PROVSTATION_JOBS:-$(nproc)}"
  else
    cmake --build "$dir" -j "${PROVSTATION_JOBS:-$(nproc)}"
  fi
  ;;
run)
  dir=$2 target=$3 seconds=$4 corpus=$5
  shift 5
  bin="$dir/bin/$target"
  [ -x "$bin" ] || { echo "fuzz: $bin was not built (the fuzz.build test builds it)" >&2; exit 1; }
  [ -d "$corpus" ] || { echo "fuzz: no corpus at $corpus" >&2; exit 1; }
  scratch="$dir/scratch/$target"
  mkdir -p "$scratch" "$dir/artifacts"
  log="$dir/scratch/$target.log"
  if ! "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$dir/artifacts/$target-" "$@" "$scratch" "$corpus" > "$log" 2>&1; then
    tail -n 60 "$log"
    echo "fuzz: $target failed; replay the input it saved: $bin $* $dir/artifacts/$target-*" >&2
    exit 1
  fi
  grep -E "^(INFO: Seed|INFO: seed corpus|#[0-9]+.*(DONE|pulse)|stat::)" "$log" | tail -n 12
  ;;
*)
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
  ;;
esac
