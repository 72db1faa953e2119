# --provisional changes nothing when every day needed is covered: 2026-12-31 is the ninth.
run: workdays add 2026-12-20 9 --provisional
exit: 0
stdout:
2026-12-31
