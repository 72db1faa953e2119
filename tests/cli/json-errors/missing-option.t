# A required option not given, as JSON: the option and what it takes.
run: subsidy --type rd --format json
exit: 2
stdout:
{"error":{"message":"--premium is required: Premium actually paid, in yuan (e.g. 80000 or 80000.50)","option":"--premium","accepted":"Premium actually paid, in yuan (e.g. 80000 or 80000.50)"},"hdpolicy_version":"0.1.0"}
stderr:
