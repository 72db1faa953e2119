# A value that is not valid UTF-8 still gives valid JSON (the bad byte
# replaced by U+FFFD), never a crash.
run: sh: hdpolicy subsidy --type rd --premium "$(printf '8\xff')" --format json
exit: 2
stdout:
{"error":{"message":"--premium: '8�' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15","option":"--premium","value":"8�","accepted":"an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15"},"hdpolicy_version":"0.1.0"}
stderr:
