# --strict refuses to assume
run: subsidy --type rd --premium 80000 --date 2026-03-01 --strict
exit: 2
stdout:
stderr:
hdpolicy: error: strict: the answer would rest on facts not given:
  - not given: --industry; assumed a tech enterprise in one of the key industries (第二条)
  - not given: --specialized; assumed a "specialized, refined, distinctive and innovative" (专精特新) enterprise (第四条)
  - not given: --upper-subsidy; assumed subsidies from all levels together stay within the premium paid (第四条)
