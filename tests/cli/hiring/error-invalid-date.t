# 2025-02-30 does not exist.
run: hiring --hire-date 2025-02-30 --birth-date 2001-07-16
exit: 2
stdout:
stderr:
hdpolicy: error: --hire-date: '2025-02-30' is not accepted: a real calendar date written YYYY-MM-DD (e.g. 2025-10-01)
