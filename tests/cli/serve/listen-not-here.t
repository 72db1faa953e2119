# An address that is not this machine's (192.0.2.1, TEST-NET-1) cannot be
# listened on: an input error, exit 2, not a crash.
run: serve --listen 192.0.2.1:8080
exit: 2
stdout:
stderr:
hdpolicy: error: --listen: could not listen on 192.0.2.1:8080 (in use, or not an address of this machine)
