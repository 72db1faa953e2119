# 30 February does not exist: the argument is named in the error.
run: workdays add 2025-02-30 1
exit: 2
stdout:
stderr:
hdpolicy: error: DATE: '2025-02-30' is not accepted: a real calendar date written YYYY-MM-DD (e.g. 2025-10-01)
