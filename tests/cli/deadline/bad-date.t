run: deadline --rule renewal.joint-review --from 2025-9-1
exit: 2
stderr:
hdpolicy: error: --from: '2025-9-1' is not accepted: a real calendar date written YYYY-MM-DD (e.g. 2025-10-01)
