# tests/http/lib.sh - starts tests/http/server.py for a shell test.
#
# Source it after tests/lib.sh.  start_http_server [ARGS...] runs the
# server in the background (stopped when the test ends) and sets
# HTTP_PORT and HTTP_BASE (http://127.0.0.1:PORT).  Proxies are bypassed
# for the loopback address.
HTTP_SERVER="$CRIER_SRCDIR/tests/http/server.py"
HTTP_FEEDS="$CRIER_SRCDIR/tests/http/feeds"
export no_proxy='*' NO_PROXY='*'

start_http_server() {
	python3 "$HTTP_SERVER" "$@" > "$T/http-port" 2> "$T/http-server.err" &
	http_pid=$!
	at_exit "kill $http_pid 2>/dev/null; wait $http_pid 2>/dev/null"
	i=0
	while [ ! -s "$T/http-port" ] && [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	HTTP_PORT=$(head -n 1 "$T/http-port")
	if [ -z "$HTTP_PORT" ]; then
		echo "Bail out! tests/http/server.py did not start"
		cat "$T/http-server.err" >&2
		exit 1
	fi
	HTTP_BASE="http://127.0.0.1:$HTTP_PORT"
}
