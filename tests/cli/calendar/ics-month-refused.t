run: calendar 2025-10 --format ics
exit: 2
stderr:
hdpolicy: error: YYYY-MM: '2025-10' is not accepted: a year YYYY with --format ics: the export holds a whole notice
