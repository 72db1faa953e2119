# The 2008 notice's New Year's Day period begins in December 2007, with the
# make-up Saturday 2007-12-29: both belong to the 2008 export.
run: sh: hdpolicy calendar 2008 --format ics | tr -d '\r' | grep -E '^(DTSTART|SUMMARY)' | head -4
exit: 0
stdout:
DTSTART;VALUE=DATE:20071230
SUMMARY:元旦放假 New Year's Day (rest)
DTSTART;VALUE=DATE:20071229
SUMMARY:元旦调休上班 make-up workday (New Year's Day)
