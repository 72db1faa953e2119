# The day after the holiday: an ordinary Thursday.
run: workdays is 2025-10-09 --lang zh
exit: 0
stdout:
2025-10-09 是工作日:星期四,工作日
