# Workdays after 2025-09-30 up to and including 2025-10-11: 10-09, 10-10 and the
# make-up Saturday 10-11.
run: workdays between 2025-09-30 2025-10-11
exit: 0
stdout:
3
