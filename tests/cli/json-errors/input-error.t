# --format json: an input error is one JSON object on stdout, with the
# option, the value and what is accepted as fields; nothing on stderr; exit 2.
run: subsidy --type rd --premium 八万 --format json
exit: 2
stdout:
{"error":{"message":"--premium: '八万' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15","option":"--premium","value":"八万","accepted":"an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15"},"hdpolicy_version":"0.1.0"}
stderr:
