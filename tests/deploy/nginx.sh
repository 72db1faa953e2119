# examples/deploy/hdpolicy-nginx.conf works as written: Debian's nginx runs it
# on loopback (its ports changed, nothing else) in front of a started
# `hdpolicy serve`, and a request sent to nginx is answered by the server,
# with nginx's request id in the answer and in the server's log line; a
# body over 64 KiB is refused by nginx.
# Usage: nginx.sh HDPOLICY SOURCE_DIR. Exit 77 (ctest's SKIP): no nginx.
set -euo pipefail  # before lib.sh: a test that cannot load its helpers fails
source "${0%/*}/../serve/lib.sh"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x $NGINX ]] || skip "nginx is not installed (package nginx-light, in .ci/packages-hardening)"
NGINX_PID=
stop_nginx() { if [[ -n $NGINX_PID ]]; then kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; fi; }
trap 'stop_nginx; cleanup' EXIT

start_server
n=$WORK/nginx
mkdir -p "$n"
chmod 755 "$WORK" "$n"  # nginx's workers may run as another user
# start_nginx PORT: nginx in the foreground with the example on 127.0.0.1:PORT.
start_nginx() {
  sed -e "s|server 127.0.0.1:8080;|server ${BASE#http://};|" -e "s|listen 80;|listen 127.0.0.1:$1;|" \
    "$SOURCE_DIR/examples/deploy/hdpolicy-nginx.conf" >"$n/hdpolicy.conf"
  cat >"$n/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $n/nginx.pid;
error_log $n/error.log;
events { worker_connections 64; }
http {
  access_log $n/access.log;
  client_body_temp_path $n/body;
  proxy_temp_path $n/proxy;
  fastcgi_temp_path $n/fastcgi;
  uwsgi_temp_path $n/uwsgi;
  scgi_temp_path $n/scgi;
  include $n/hdpolicy.conf;
}
CONF
  "$NGINX" -p "$n" -e "$n/error.log" -c "$n/nginx.conf" &
  NGINX_PID=$!
  local i
  for ((i = 0; i < 50; i++)); do
    curl -s -o /dev/null "http://127.0.0.1:$1/healthz" && return 0
    kill -0 "$NGINX_PID" 2>/dev/null || { NGINX_PID=; return 1; }
    sleep 0.1
  done
  return 1
}
started=
for _ in 1 2 3 4 5; do  # a port another program took is tried again with another
  port=$((20000 + RANDOM % 40000))
  if start_nginx "$port"; then started=1 && break; fi
  stop_nginx
done
[[ -n $started ]] || fail "nginx did not start: $(tail -n 5 "$n/error.log" 2>/dev/null)"

expect_status "through nginx" 200 --json '{"type": "rd", "premium": "80000", "date": "2025-10-01"}' \
  "http://127.0.0.1:$port/v1/subsidy"
expect_in "through nginx" "$WORK/body" '"subsidy": "40000.00"'
id=$(sed -n 's/^X-Request-Id: \([0-9a-f]*\)\r$/\1/p' "$WORK/headers")
[[ ${#id} == 32 ]] || fail "no X-Request-Id from nginx's \$request_id in: $(cat "$WORK/headers")"
wait_log "POST /v1/subsidy 200 "
grep -qE "^POST /v1/subsidy 200 [0-9]+ $id\$" "$LOG" || fail "the server's log line lacks nginx's request id $id"
head -c 70000 /dev/zero | tr '\0' ' ' >"$WORK/big.json"
got=$(status_of --json @"$WORK/big.json" "http://127.0.0.1:$port/v1/subsidy")
[[ $got == 413 ]] || fail "65 KiB through nginx: status $got, expected 413"
if grep -q ' 413 ' "$LOG"; then fail "the 65 KiB body reached hdpolicy-serve"; fi
stop_nginx
NGINX_PID=
stop_server TERM
echo "ok: nginx in front of hdpolicy serve, as examples/deploy/ says"
