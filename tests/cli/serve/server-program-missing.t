# `hdpolicy serve` becomes the server program hdpolicy-serve, looked for beside it and in
# ../libexec/hdpolicy/; a copy of hdpolicy alone says where it looked (exit 2), and never serves.
run: sh: mkdir -p "$CASE_TMP/bin" && cp "$bin" "$CASE_TMP/bin/hdpolicy" && "$CASE_TMP/bin/hdpolicy" serve --listen 127.0.0.1:0 2>&1 | sed "s|$CASE_TMP|TMP|g"; exit ${PIPESTATUS[0]}
exit: 2
stdout:
hdpolicy: error: serve: the server program hdpolicy-serve is not installed (looked in TMP/bin/hdpolicy-serve and TMP/libexec/hdpolicy/hdpolicy-serve)
