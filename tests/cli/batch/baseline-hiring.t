# batch hiring --baseline: a copy of the policies paying 1,500 yuan per hire
# against the shipped 第7项 ("按招用1人1000元 的标准发放一次性扩岗补助"), on
# examples/hires.csv (each row worked by hand in hiring.t). The six hires
# paid under the shipped rules are paid under both (each person once per
# enterprise, recorded separately under each set): 1,000 -> 1,500, +500
# each, +3,000 in all (graduation-year 4 x 500, the two other categories
# 500 each); line 4 (P001 again at E001), the two hires not eligible and
# the one whose contract was "no" get 0.00 under both; 周敏's row fails and
# has neither column. 6 claims gain, 4 the same; the three enterprises gain.
run: sh: cp -r "$POLICIES" hire1500 && sed -i 's/^      fixed: 1000.00$/      fixed: 1500.00/' hire1500/hiring-subsidy.yaml && hdpolicy batch hiring --policies hire1500 --baseline "$POLICIES" --input "$EXAMPLES/hires.csv" --output out.csv --summary 2>&1 | sed -n '/^change from/,$p'; awk -F, '{ print $1 "," $2 "," $13 "," $(NF-1) "," $NF }' out.csv
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
stderr:
