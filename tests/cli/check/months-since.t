# months_since reads a given date fact; a money fact is named as not one.
run: sh: cp -r "$CASE_DIR/../../shapes/stacked" m && sed -i 's/^caps:$/  - {id: months_old, kind: count, months_since: equipment_cost, label: {zh: 月数, en: months}}\ncaps:/' m/landing-support.yaml && hdpolicy check m
exit: 1
stdout:
m/landing-support.yaml:37:49: error: fact 'months_old': 'equipment_cost' is not a given date fact (and the fact itself is a count)
stderr:
1 problem in 2 files
