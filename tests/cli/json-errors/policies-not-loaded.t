# Policies that cannot be loaded, as JSON: the message and every problem found.
run: sh: mkdir p && cp "$POLICIES/../tests/fixtures/check/syntax.yaml" p/ && hdpolicy --policies p subsidy --type rd --premium 1 --format json
exit: 2
stdout:
{"error":{"message":"the policies could not be loaded (run 'hdpolicy check' for details)","diagnostics":[{"file":"p/syntax.yaml","line":5,"column":9,"message":"YAML syntax: end of sequence flow not found"}]},"hdpolicy_version":"0.1.0"}
stderr:
