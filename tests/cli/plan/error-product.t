# A --product item whose premium is not an amount: the item and what it takes.
run: plan --date 2026-03-01 --industry ai --specialized yes --product rd=80,000
exit: 2
stdout:
stderr:
hdpolicy: error: --product: 'rd=80,000' is not accepted: TYPE=PREMIUM[:UPPER_SUBSIDY] (e.g. rd=80000 or three-firsts=1000000:900000); premium: '80,000' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15
