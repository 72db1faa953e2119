# A required option not given: named, with what it takes.
run: hiring --hire-date 2025-07-15
exit: 2
stdout:
stderr:
hdpolicy: error: --birth-date is required: The person's date of birth, YYYY-MM-DD (age is counted on the hire date)
Run 'hdpolicy help hiring' for usage.
