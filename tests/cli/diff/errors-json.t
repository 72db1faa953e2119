# With --format json an error is one line of JSON on stdout, exit 2.
run: diff nope nope --format json
exit: 2
stdout:
{"error":{"message":"OLD_DIR: 'nope' is not accepted: a directory holding policy *.yaml files","option":"OLD_DIR","value":"nope","accepted":"a directory holding policy *.yaml files"},"hdpolicy_version":"0.1.0"}
stderr:
