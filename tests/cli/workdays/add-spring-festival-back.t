# Back from Monday 2025-02-10: Saturday 02-08 is a make-up workday, then 02-07, 02-06.
run: workdays add 2025-02-10 -3 --format json
exit: 0
stdout:
{
  "op": "add",
  "date": "2025-02-10",
  "n": -3,
  "result": "2025-02-06",
  "provisional": false,
  "hdpolicy_version": "0.1.0"
}
