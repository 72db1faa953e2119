# --format=json is the same request as --format json.
run: subsidy --type rd --premium 80000 --date 2026-02-30 --format=json
exit: 2
stdout:
{"error":{"message":"--date: '2026-02-30' is not accepted: a real calendar date written YYYY-MM-DD (e.g. 2025-10-01)","option":"--date","value":"2026-02-30","accepted":"a real calendar date written YYYY-MM-DD (e.g. 2025-10-01)"},"hdpolicy_version":"0.1.0"}
stderr:
