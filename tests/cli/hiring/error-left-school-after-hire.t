# Leaving school after the hire.
run: hiring --hire-date 2025-07-15 --birth-date 2001-07-16 --graduation-date 2025-06-30 --left-school-date 2025-07-20
exit: 2
stdout:
stderr:
hdpolicy: error: --left-school-date: '2025-07-20' is not accepted: a date on or before --hire-date (2025-07-15)
