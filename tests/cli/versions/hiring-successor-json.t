# The hire on the successor's first day: its amount, and the JSON policy names the version.
run: sh: bash "$POLICIES/../tests/versions/add-hiring-successor.sh" && hdpolicy hiring --policies "$CASE_TMP/policies" --hire-date 2026-01-01 --birth-date 2001-07-16 --graduate no --registered-unemployed yes --contract yes --format json | grep -E '"(subsidy|policy)"'
exit: 0
stdout:
  "subsidy": "1500.00",
  "policy": "海政办发〔2026〕1号",
