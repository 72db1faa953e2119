# The amount per hire lives in the YAML: a copy of policies/ with 1200.00 instead of 1000.00,
# passed with --policies, pays 1200.00 with no rebuild.
run: sh: cp -r "$POLICIES" p && sed -i 's/^      fixed: 1000.00$/      fixed: 1200.00/' p/hiring-subsidy.yaml && grep -c 'fixed: 1200.00' p/hiring-subsidy.yaml && hdpolicy hiring --hire-date 2025-07-15 --birth-date 2001-07-16 --registered-unemployed yes --contract yes --format json --policies p | grep -E '"(subsidy|category)"'
exit: 0
stdout:
1
  "subsidy": "1200.00",
  "category": "registered-unemployed-youth",
