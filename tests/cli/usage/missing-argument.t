# A required argument not given.
run: workdays is
exit: 2
stdout:
stderr:
hdpolicy: error: DATE is required: A date YYYY-MM-DD
Run 'hdpolicy help workdays is' for usage.
