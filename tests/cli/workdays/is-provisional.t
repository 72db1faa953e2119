# 2027 is not covered; --provisional answers by the weekend rule and says so
# (New Year's Day 2027 may well be a holiday once the notice is out).
run: workdays is 2027-01-01 --provisional --format json
exit: 0
stdout:
{
  "op": "is",
  "date": "2027-01-01",
  "workday": true,
  "kind": "workday",
  "weekday": "Friday",
  "holiday": null,
  "reason": "Friday, an ordinary workday (provisional: no statutory calendar for 2027, weekend rule used)",
  "provisional": true,
  "hdpolicy_version": "0.1.0"
}
