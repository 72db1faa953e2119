# The Spring Festival period 2025-01-28..02-04: DTEND is exclusive (the day after the last rest day).
run: sh: hdpolicy calendar 2025 --format ics | tr -d '\r' | grep -A4 'UID:cn-holiday-20250128@hdpolicy'
exit: 0
stdout:
UID:cn-holiday-20250128@hdpolicy
DTSTAMP:20250101T000000Z
DTSTART;VALUE=DATE:20250128
DTEND;VALUE=DATE:20250205
SUMMARY:春节放假 Spring Festival (rest)
