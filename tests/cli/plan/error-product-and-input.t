# Products come from --product or from --input, not both.
run: plan --date 2026-03-01 --industry ai --specialized yes --product rd=1000 --input p.csv
exit: 2
stdout:
stderr:
hdpolicy: error: --input: the products come either from --product or from --input, not both
