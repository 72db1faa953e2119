# check: calendars: make-up workday on a Monday, a period ending before it starts, one outside the year, an overlap, a gap in the years
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check calendar
exit: 1
stdout:
calendar/calendars/cn/2025.yaml:14:28: error: holidays[1] (春节): make-up workday 2025-01-27 is a Monday, not a Saturday or Sunday
calendar/calendars/cn/2025.yaml:18:9: error: holidays[2] (清明节): ends on 2025-04-04, before it starts on 2025-04-06
calendar/calendars/cn/2025.yaml:23:5: error: holiday period 端午节 2025-05-05..2025-05-06 overlaps 劳动节 2025-05-01..2025-05-05 (calendar/calendars/cn/2025.yaml:19)
calendar/calendars/cn/2025.yaml:30:9: error: holidays[5] (国庆节): 2025-10-01..2026-01-02 is outside 2025: a holiday period belongs to the notice of the year its last day falls in, and may begin in December of the year before
calendar/calendars/cn/2028.yaml:2:7: error: the calendar has a gap: 2028 follows 2026: add calendars/cn/2027.yaml
stderr:
5 problems in 3 files
