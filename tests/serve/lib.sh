# Shared by the tests of `hdpolicy serve` (sourced): a work folder, the real
# server started on an ephemeral loopback port, and checks that say what
# differed. Each test is `bash NAME.sh HDPOLICY SOURCE_DIR`; exit 77 is
# ctest's SKIP (a tool the test needs is not installed).
set -euo pipefail

HDPOLICY=$1
SOURCE_DIR=$2
WORK=$(mktemp -d)
SERVER_PID=
LOG=$WORK/server.log
BASE=

cleanup() {
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then kill -KILL "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*" >&2
  if [[ -s $LOG ]]; then
    echo "--- server log (last lines):" >&2
    tail -n 20 "$LOG" >&2
  fi
  exit 1
}

skip() {
  echo "SKIP: $*" >&2
  exit 77
}

command -v curl >/dev/null || skip "curl is not installed (it is in .ci/packages)"

# start_server [ARGS...]: `hdpolicy serve --listen 127.0.0.1:0 ARGS`, waiting
# for the address it prints; sets SERVER_PID and BASE (http://127.0.0.1:PORT).
start_server() {
  : >"$LOG"  # emptied here, not by the child's redirection, which may come after the first look
  "$HDPOLICY" serve --listen 127.0.0.1:0 "$@" 2>"$LOG" &
  SERVER_PID=$!
  local i
  for ((i = 0; i < 600; i++)); do  # 60 s: the sanitizer build loads slowly
    if BASE=$(grep -o 'listening on http://[^ ]*' "$LOG" 2>/dev/null); then
      BASE=${BASE#listening on }
      BASE=${BASE%/}
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited before listening"
    sleep 0.1
  done
  fail "the server did not say where it listens within 60 s"
}

# ask_all DIR PATH: each (query, body) pair of the array `requests` POSTed
# to $BASE PATH query; the status into DIR/N.status and the body into DIR/N,
# N the pair's index in the array.
ask_all() {
  mkdir -p "$1"
  local i
  for ((i = 0; i < ${#requests[@]}; i += 2)); do
    curl -s -o "$1/$i" -w '%{http_code}\n' --json "${requests[i + 1]}" "$BASE$2${requests[i]}" >>"$1/$i.status"
  done
}

# stop_server [SIGNAL]: the signal (TERM), then the exit status must be 0.
stop_server() {
  kill -"${1:-TERM}" "$SERVER_PID"
  local status=0
  wait "$SERVER_PID" || status=$?
  SERVER_PID=
  [[ $status == 0 ]] || fail "the server exited $status after SIG${1:-TERM}"
}

# wait_log TEXT: until the server's log holds TEXT (10 s at most).
wait_log() {
  local i
  for ((i = 0; i < 100; i++)); do
    grep -qF -- "$1" "$LOG" && return 0
    sleep 0.1
  done
  fail "the server's log never said '$1'"
}

# expect_same NAME ACTUAL_FILE EXPECTED_FILE
expect_same() {
  cmp -s "$2" "$3" || fail "$1: the API and the CLI differ:
$(diff "$3" "$2" | head -n 30)"
}

# expect_in NAME FILE TEXT: FILE holds TEXT.
expect_in() {
  grep -qF -- "$3" "$2" || fail "$1: expected '$3' in:
$(head -c 2000 "$2")"
}

# status_of: curl's status line only; the body goes to $WORK/body, the headers to $WORK/headers.
status_of() {
  curl -s -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' "$@"
}

# expect_status NAME STATUS CURL_ARGS...
expect_status() {
  local name=$1 want=$2
  shift 2
  local got
  got=$(status_of "$@")
  [[ $got == "$want" ]] || fail "$name: status $got, expected $want; body: $(head -c 500 "$WORK/body")"
  grep -q '"error"' "$WORK/body" || [[ $want == 2* ]] || fail "$name: no {\"error\": ...} in: $(head -c 500 "$WORK/body")"
}

# open_slow N: N connections to the server that send the start of a request
# and no more, each holding a worker (or a place in the queue) until
# close_slow or the 10 s request deadline; their descriptors in SLOW_FDS.
SLOW_FDS=()
# A connection over the address's limit may be answered 503 and closed
# before its first line is written: that write fails (EPIPE), and must not
# kill the test with SIGPIPE (seen under load, serve/slow).
open_slow() {
  local i fd port=${BASE##*:}
  trap '' PIPE
  for ((i = 0; i < $1; i++)); do
    exec {fd}<>"/dev/tcp/127.0.0.1/$port"
    printf 'GET /healthz HTTP/1.1\r\nHost: slow\r\n' >&"$fd" 2>/dev/null || true
    SLOW_FDS+=("$fd")
  done
  trap - PIPE
}

close_slow() {
  local fd
  for fd in "${SLOW_FDS[@]}"; do exec {fd}>&-; done
  SLOW_FDS=()
}
