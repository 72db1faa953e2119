run: workdays is 2026-02-14 --lang zh
exit: 0
stdout:
2026-02-14 是工作日:星期六,春节调休上班
