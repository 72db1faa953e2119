# RFC 5545 shape of the 2025 export: every line ends in CRLF and is at most 75
# octets; BEGIN/END balance; each VEVENT has UID, DTSTAMP and an all-day DTSTART
# and DTEND; two runs are byte-identical (fixed DTSTAMP). 2025 has 6 holiday
# periods and 5 make-up workdays (01-26, 02-08, 04-27, 09-28, 10-11).
run: sh: hdpolicy calendar 2025 --format ics > a.ics && hdpolicy calendar 2025 --format ics | cmp - a.ics && LC_ALL=C awk '!/\r$/ { bad++ } { l=$0; sub(/\r$/, "", l); if (length(l) > 75) long++ } /^BEGIN:VEVENT/ { ev++; inev=1; u=s=d=e=0 } /^UID:/ { u++ } /^DTSTAMP:/ { s++ } /^DTSTART;VALUE=DATE:[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]\r$/ { d++ } /^DTEND;VALUE=DATE:[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]\r$/ { e++ } /^END:VEVENT/ { if (u==1 && s==1 && d==1 && e==1) ok++ } /^CATEGORIES:HOLIDAY/ { h++ } /^CATEGORIES:WORKDAY/ { w++ } END { printf "lines without CRLF: %d\nlines over 75 octets: %d\nevents: %d complete: %d\nholiday periods: %d make-up workdays: %d\n", bad, long, ev, ok, h, w }' a.ics && head -1 a.ics | tr -d '\r' && tail -1 a.ics | tr -d '\r'
exit: 0
stdout:
lines without CRLF: 0
lines over 75 octets: 0
events: 11 complete: 11
holiday periods: 6 make-up workdays: 5
BEGIN:VCALENDAR
END:VCALENDAR
