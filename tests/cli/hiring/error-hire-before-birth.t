# A hire before the person is born.
run: hiring --hire-date 2025-07-15 --birth-date 2025-07-16
exit: 2
stdout:
stderr:
hdpolicy: error: --hire-date: '2025-07-15' is not accepted: a date on or after --birth-date (2025-07-16)
