#!/bin/sh
# Compile the extraction core (streams/extract, the per-article hot path) with mypyc, in place: each
# module gets a C extension next to its source, which Python imports instead of the source. Same
# sources, same results (the extraction unit tests run against the compiled build in `make test`),
# ~1.15-1.2x fewer instructions. Used by `make native` (a copy in .build/native for the benchmark and
# the tests) and by the worker image (deploy/Dockerfile compiles its source copy, then puts the
# extensions into site-packages). Needs mypy (which ships mypyc), Python's headers and a C compiler.
#
#   deploy/native.sh ROOT     ROOT: the directory that holds the `streams` package
set -eu
root=${1:?usage: deploy/native.sh ROOT (the directory holding the streams package)}
here=$(cd "$(dirname "$0")" && pwd)
cd "$root"
modules=$(ls streams/extract/*.py | grep -v '/build_gazetteer\.py$')
log=$(mktemp)
if ! mypyc --config-file "$here/native-mypy.ini" $modules >"$log" 2>&1; then
  cat "$log" >&2
  echo "deploy/native.sh: mypyc failed (log above)" >&2
  exit 1
fi
rm -rf build "$log"
ls streams/extract/*.so >/dev/null  # fails loudly if nothing was built
