# 不得少于15个工作日: the earliest day the notice may end. Posted Friday 2025-09-26:
# 09-28 (make-up), 29, 30, 10-09, 10, 11 (make-up), 13-17, 20-23 -> 15th is 10-23.
run: deadline --rule renewal.public-notice --from 2025-09-26 --format json
exit: 0
stdout-contains:
"deadline": "2025-10-23",
"bound": "earliest",
"count": 15,
