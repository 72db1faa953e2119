# B before A: the count is negated (3 workdays in (09-30, 10-11]).
run: workdays between 2025-10-11 2025-09-30
exit: 0
stdout:
-3
