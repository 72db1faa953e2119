#!/usr/bin/env bash
# hdpolicy serve under load: wrk (Debian's) drives POST /v1/subsidy (the
# issue's example) on loopback, and in the same run the same server set-up
# answering "hello" to every request (`serve --hello`: the ceiling of
# cpp-httplib, the thread pool and the access log on this machine). Each is
# run ROUNDS times (default 3), alternating; the medians of requests per
# second and of p50/p99 latency are printed. Issue #14's target: subsidy at
# least 50% of hello's rps, p99 under 5 ms, at 32 connections on 2 cores.
# Usage: bench/serve.sh [BINARY] [ROUNDS] [SECONDS]
set -euo pipefail
bin=${1:-build/cmd/hdpolicy}
rounds=${2:-3}
seconds=${3:-10}
connections=32
[[ -x $bin ]] || { echo "serve.sh: no executable at $bin (build first, or give its path)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "serve.sh: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

# wrk's connections all come from 127.0.0.1: let that one address hold every
# worker (a server from before --client-connections has no such limit).
per_client=
if "$bin" serve --help | grep -q -- --client-connections; then per_client="--client-connections $connections"; fi

# run NAME SERVE_ARGS WRK_ARGS...: one round; appends "rps p50_us p99_us" to $work/NAME.
run() {
  local name=$1 serve_args=$2
  shift 2
  : >"$work/$name.log"  # emptied before the server starts: the previous round's address must not be read
  # shellcheck disable=SC2086
  "$bin" serve --listen 127.0.0.1:0 --threads "$connections" $per_client $serve_args 2>"$work/$name.log" &
  pid=$!
  local base=
  for ((i = 0; i < 100; i++)); do
    base=$(grep -o 'http://[^ ]*' "$work/$name.log" 2>/dev/null) && break
    sleep 0.1
  done
  [[ -n $base ]] || { echo "serve.sh: the server did not start" >&2; exit 1; }
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" "${base%/}/v1/subsidy" >"$work/wrk.out"
  kill "$pid"
  wait "$pid" || true
  pid=
  grep -q 'Non-2xx' "$work/wrk.out" && { echo "serve.sh: $name answered errors:" >&2; cat "$work/wrk.out" >&2; exit 1; }
  # wrk prints latencies as 812.00us, 1.23ms or 1.01s; in microseconds:
  us() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /ms$/) n *= 1000; else if (v ~ /[0-9]s$/) n *= 1000000; printf "%d", n }'; }
  local rps p50 p99
  rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' "$work/wrk.out")
  p50=$(us "$(awk '$1 == "50%" { print $2 }' "$work/wrk.out")")
  p99=$(us "$(awk '$1 == "99%" { print $2 }' "$work/wrk.out")")
  echo "$rps $p50 $p99" >>"$work/$name"
  echo "  $name: $rps req/s, p50 ${p50} us, p99 ${p99} us" >&2
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
column() { awk -v c="$2" '{ print $c }' "$work/$1" | median; }

echo "$rounds rounds of ${seconds} s, $connections connections, wrk -t2, $(nproc) cores" >&2
for ((r = 1; r <= rounds; r++)); do
  echo "round $r" >&2
  run hello "--hello"
  run subsidy "" -s "$here/serve_post.lua"
done

hello_rps=$(column hello 1)
subsidy_rps=$(column subsidy 1)
printf '%-28s %10s %10s %10s\n' "" "req/s" "p50 (ms)" "p99 (ms)"
for name in hello subsidy; do
  printf '%-28s %10d %10.2f %10.2f\n' "$([[ $name == hello ]] && echo 'hello (ceiling)' || echo 'POST /v1/subsidy')" \
    "$(column $name 1)" "$(echo "$(column $name 2)" | awk '{ print $1 / 1000 }')" \
    "$(echo "$(column $name 3)" | awk '{ print $1 / 1000 }')"
done
awk -v s="$subsidy_rps" -v h="$hello_rps" 'BEGIN { printf "subsidy / hello: %.0f%% (medians of %d rounds)\n", 100 * s / h, '"$rounds"' }'
