run: workdays between 2025-01-01 2025-13-01
exit: 2
stderr:
hdpolicy: error: B: '2025-13-01' is not accepted: a real calendar date written YYYY-MM-DD (e.g. 2025-10-01)
