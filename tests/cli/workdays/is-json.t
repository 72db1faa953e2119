run: workdays is 2025-10-08 --format json
exit: 0
stdout:
{
  "op": "is",
  "date": "2025-10-08",
  "workday": false,
  "kind": "holiday",
  "weekday": "Wednesday",
  "holiday": {
    "zh": "国庆节、中秋节",
    "en": "National Day and Mid-autumn Festival",
    "from": "2025-10-01",
    "to": "2025-10-08"
  },
  "reason": "Wednesday, National Day and Mid-autumn Festival (国庆节、中秋节) holiday, 2025-10-01 to 2025-10-08",
  "provisional": false,
  "hdpolicy_version": "0.1.0"
}
