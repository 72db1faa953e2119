# Done when: born 2000-07-15, hired 2025-07-15: the 25th birthday is the hire date, so 25,
# above 16—24岁; not a college graduate (--graduate no), so no graduate category: not eligible.
run: hiring --hire-date 2025-07-15 --birth-date 2000-07-15 --graduate no --registered-unemployed yes --contract yes --format json
exit: 0
stdout:
{
  "eligible": false,
  "subsidy": "0.00",
  "category": null,
  "reasons": [
    "第7项: not a college graduate in the graduation year (毕业年度高校毕业生): a college graduate [given: no]",
    "第7项: not a college graduate within two years of leaving school, still unemployed (离校两年内未就业高校毕业生): a college graduate [given: no]",
    "第7项: not a registered unemployed young person aged 16 to 24 (16—24岁登记失业青年): age in whole years on the hire date is at most 24 [given: 25]"
  ],
  "assumptions": [],
  "policy": "海政办发〔2025〕7号",
  "other_categories": [],
  "age": 25,
  "hire_date": "2025-07-15",
  "hdpolicy_version": "0.1.0"
}
