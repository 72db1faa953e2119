# Next year's notice is one YAML file dropped into a policies directory: no rebuild.
# With this 2027 file (New Year's Day 2027-01-01..03), the tenth workday after
# 2026-12-20 is Monday 2027-01-04, and the answer is not provisional.
run: sh: cp -r "$POLICIES" p && printf 'year: 2027\nholidays:\n  - {name: 元旦, name_en: "New Year'"'"'s Day", from: 2027-01-01, to: 2027-01-03}\n' > p/calendars/cn/2027.yaml && hdpolicy --policies p workdays add 2026-12-20 10 --format json
exit: 0
stdout:
{
  "op": "add",
  "date": "2026-12-20",
  "n": 10,
  "result": "2027-01-04",
  "provisional": false,
  "hdpolicy_version": "0.1.0"
}
