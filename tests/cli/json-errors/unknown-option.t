# An unknown option, which CLI11 finds, comes out as JSON too; no value (the
# option is the mistake), and the options that would have been accepted.
run: workdays is 2025-10-11 --provisonal --format json
exit: 2
stdout:
{"error":{"message":"unknown option '--provisonal'; did you mean '--provisional'?","option":"--provisonal","accepted":"one of --help, -h, --provisional, --format, --lang, --version, --policies"},"hdpolicy_version":"0.1.0"}
stderr:
