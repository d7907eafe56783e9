#!/bin/sh
# Regenerates the build system from configure.ac and the Makefile.am files.
set -e
cd "$(dirname "$0")"
mkdir -p m4 build-aux
autoreconf --install --force --warnings=all
# The TAP driver that the tests use (automake ships it, but does not copy it).
cp -f "$(automake --print-libdir)/tap-driver.sh" build-aux/
