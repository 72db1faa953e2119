# October 2025 has 23 weekdays; 6 of them are rest days (1-3, 6-8) and Saturday
# 10-11 is worked: 18 workdays.
run: calendar 2025-10 --format json
exit: 0
stdout-contains:
"month": "2025-10",
"workdays": 18,
"makeup_workdays": [
