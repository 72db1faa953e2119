# The JSON answer carries provisional: true and why.
run: workdays add 2026-12-20 10 --provisional --format json
exit: 0
stdout:
{
  "op": "add",
  "date": "2026-12-20",
  "n": 10,
  "result": "2027-01-01",
  "provisional": true,
  "note": "provisional: no statutory calendar for 2027, weekend rule used",
  "hdpolicy_version": "0.1.0"
}
