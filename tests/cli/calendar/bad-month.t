run: calendar 2025-13
exit: 2
stderr:
hdpolicy: error: YYYY-MM: '2025-13' is not accepted: a month YYYY-MM (e.g. 2025-10) or, for the whole year, YYYY (e.g. 2025)
