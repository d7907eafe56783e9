# tests/bench/bench_env.sh - sourced by the benchmark scripts once $build
# (the build directory) is set: $crier is the program itself, not
# libtool's wrapper script around it (whose shell would be timed too),
# with the build's libcrier and plugins; $T is a private temporary
# folder, removed at exit, that is also HOME and the XDG folders, so a
# run neither reads nor writes the user's config and heard stories.
crier="$build/crier"
if [ -x "$build/.libs/crier" ]; then
	crier="$build/.libs/crier"
	export LD_LIBRARY_PATH="$build/core/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
fi
export CRIER_PLUGIN_PATH="${CRIER_PLUGIN_PATH:-$build/plugins/.libs}"
T=$(mktemp -d "${TMPDIR:-/tmp}/crier-bench.XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T" XDG_CONFIG_HOME="$T/config" XDG_STATE_HOME="$T/state"
