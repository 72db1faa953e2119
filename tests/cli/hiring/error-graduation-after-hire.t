# Graduating after the hire is not this subsidy's case: the person must be a graduate when hired.
run: hiring --hire-date 2025-07-15 --birth-date 2001-07-16 --graduation-date 2025-07-16
exit: 2
stdout:
stderr:
hdpolicy: error: --graduation-date: '2025-07-16' is not accepted: a date on or before --hire-date (2025-07-15)
