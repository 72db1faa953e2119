# Nothing but the National Day rest days: 10-01..10-08.
run: workdays between 2025-09-30 2025-10-08 --format json
exit: 0
stdout:
{
  "op": "between",
  "from": "2025-09-30",
  "to": "2025-10-08",
  "workdays": 0,
  "provisional": false,
  "hdpolicy_version": "0.1.0"
}
