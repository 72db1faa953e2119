run: workdays list 2025-10-14 2025-09-26
exit: 2
stderr:
hdpolicy: error: workdays list: the end 2025-09-26 is before the start 2025-10-14: give the earlier date first
