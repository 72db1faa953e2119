# The age bound lives in the YAML: with at_most: 25 in a copy, the 25-year-old of the
# Done-when example is paid.
run: sh: cp -r "$POLICIES" p && sed -i 's/{fact: age, at_most: 24,/{fact: age, at_most: 25,/' p/hiring-subsidy.yaml && hdpolicy hiring --hire-date 2025-07-15 --birth-date 2000-07-15 --graduate no --registered-unemployed yes --contract yes --format json --policies p | grep -E '"(eligible|subsidy)"'
exit: 0
stdout:
  "eligible": true,
  "subsidy": "1000.00",
