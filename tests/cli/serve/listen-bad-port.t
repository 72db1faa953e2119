# A port above 65535 is refused before anything is loaded or bound.
run: serve --listen 127.0.0.1:99999
exit: 2
stdout:
stderr:
hdpolicy: error: --listen: '127.0.0.1:99999' is not accepted: HOST:PORT, e.g. 127.0.0.1:8080, [::1]:8080, or port 0 for any free port
