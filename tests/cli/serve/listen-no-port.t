# --listen needs HOST:PORT: a host alone is refused with what is accepted.
run: serve --listen 127.0.0.1
exit: 2
stdout:
stderr:
hdpolicy: error: --listen: '127.0.0.1' is not accepted: HOST:PORT, e.g. 127.0.0.1:8080, [::1]:8080, or port 0 for any free port
