# A --product item without a premium.
run: plan --date 2026-03-01 --industry ai --specialized yes --product rd
exit: 2
stdout:
stderr:
hdpolicy: error: --product: 'rd' is not accepted: TYPE=PREMIUM[:UPPER_SUBSIDY] (e.g. rd=80000 or three-firsts=1000000:900000)
