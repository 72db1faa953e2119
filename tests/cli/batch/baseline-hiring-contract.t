# batch hiring --baseline across the two mechanisms: the hiring subsidy
# declared as data (tests/shapes/hiring-contract, document.contract: hiring)
# with 1,500 yuan per hire, against the shipped 第7项 (1,000, the hiring:
# section) as the baseline, and the other way round. The answer is that of
# baseline-hiring.t, which works each row by hand: +500 on each of the six
# hires paid, +3,000 in all; the reverse, -500 each, -3,000.
run: sh: mkdir -p a/b/c && ln -s "$POLICIES" policies && cp "$CASE_DIR/../../shapes/hiring-contract/hiring-subsidy.yaml" a/b/c/ && sed -i 's/^      fixed: 1000.00$/      fixed: 1500.00/' a/b/c/hiring-subsidy.yaml && hdpolicy batch hiring --policies a/b/c --baseline "$POLICIES" --input "$EXAMPLES/hires.csv" --output out.csv --summary 2>&1 | sed -n '/^change from/,$p'; awk -F, '{ print $1 "," $2 "," $13 "," $(NF-1) "," $NF }' out.csv; hdpolicy batch hiring --baseline a/b/c --input "$EXAMPLES/hires.csv" --output out.csv --summary 2>&1 | sed -n '/^  total change/p'
exit: 0
stdout:
change from the baseline (--baseline), over the rows answered:
  baseline total: 6,000.00
  current total: 9,000.00
  total change: +3,000.00
  change by category:
    graduation-year (毕业年度高校毕业生): 4,000.00 -> 6,000.00, +2,000.00
    graduate-within-two-years (离校两年内未就业高校毕业生): 1,000.00 -> 1,500.00, +500.00
    registered-unemployed-youth (16—24岁登记失业青年): 1,000.00 -> 1,500.00, +500.00
  claims: 6 gain, 0 lose, 4 same
  enterprises: 3 gain, 0 lose, 0 same
  largest changes:
    line 2: person P001, enterprise E001, 1,000.00 -> 1,500.00, +500.00
    line 3: person P002, enterprise E001, 1,000.00 -> 1,500.00, +500.00
    line 5: person P003, enterprise E002, 1,000.00 -> 1,500.00, +500.00
    line 8: person P001, enterprise E003, 1,000.00 -> 1,500.00, +500.00
    line 9: person P006, enterprise E003, 1,000.00 -> 1,500.00, +500.00
    line 12: person P009, enterprise E003, 1,000.00 -> 1,500.00, +500.00
enterprise_id,person_id,subsidy,baseline_subsidy,change
E001,P001,1500.00,1000.00,+500.00
E001,P002,1500.00,1000.00,+500.00
E001,P001,0.00,0.00,0.00
E002,P003,1500.00,1000.00,+500.00
E002,P004,0.00,0.00,0.00
E002,P005,0.00,0.00,0.00
E003,P001,1500.00,1000.00,+500.00
E003,P006,1500.00,1000.00,+500.00
E003,P007,0.00,0.00,0.00
E003,P008,,,
E003,P009,1500.00,1000.00,+500.00
  total change: -3,000.00
stderr:
