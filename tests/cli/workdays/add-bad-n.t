run: workdays add 2025-01-01 ten
exit: 2
stderr:
hdpolicy: error: N: 'ten' is not accepted: a whole number of workdays from -100000 to 100000 (e.g. 10, or -5 for before)
