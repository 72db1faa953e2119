# Before the first year covered (2004) is refused the same way.
run: workdays is 2003-12-31
exit: 2
stderr:
hdpolicy: error: no statutory calendar for 2003: add calendars/cn/2003.yaml to the policies directory
