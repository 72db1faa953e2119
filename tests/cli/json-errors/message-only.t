# An error that has no single option (--strict's refusal) has only a message.
run: subsidy --type rd --premium 80000 --date 2026-03-01 --strict --format json
exit: 2
stdout:
{"error":{"message":"strict: the answer would rest on facts not given:\n  - not given: --industry; assumed a tech enterprise in one of the key industries (第二条)\n  - not given: --specialized; assumed a \"specialized, refined, distinctive and innovative\" (专精特新) enterprise (第四条)\n  - not given: --upper-subsidy; assumed subsidies from all levels together stay within the premium paid (第四条)"},"hdpolicy_version":"0.1.0"}
stderr:
