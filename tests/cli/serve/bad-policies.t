# The policies are loaded (and checked) before the server listens: a
# directory without policies is refused as every command refuses it.
run: --policies /nonexistent serve --listen 127.0.0.1:0
exit: 2
stdout:
stderr-contains:
hdpolicy: error: --policies:
