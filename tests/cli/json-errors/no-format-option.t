# `check` has no --format: asking it for JSON is an unknown option, reported as JSON.
run: check --format json
exit: 2
stdout:
{"error":{"message":"unknown option '--format'","option":"--format","accepted":"one of --help, -h, --version, --policies"},"hdpolicy_version":"0.1.0"}
stderr:
