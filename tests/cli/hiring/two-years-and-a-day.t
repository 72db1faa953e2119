# Left school 2023-07-14, hired 2025-07-15: the second anniversary (2025-07-14) is the day before
# the hire; graduation year 2023 is not 2025; not registered: not eligible.
run: hiring --hire-date 2025-07-15 --birth-date 2001-03-10 --graduation-date 2023-07-14 --left-school-date 2023-07-14 --unemployed yes --registered-unemployed no --contract yes --format json
exit: 0
stdout:
{
  "eligible": false,
  "subsidy": "0.00",
  "category": null,
  "reasons": [
    "第7项: not a college graduate in the graduation year (毕业年度高校毕业生): hired in the graduation year (graduation year is 2025, the year of the hire) [given: 2023]",
    "第7项: not a college graduate within two years of leaving school, still unemployed (离校两年内未就业高校毕业生): hired within two years of leaving school (the hire is within 2 years of the date of leaving school, the 2-year anniversary included) [given: 2023-07-14, 2-year anniversary 2025-07-14]",
    "第7项: not a registered unemployed young person aged 16 to 24 (16—24岁登记失业青年): registered as unemployed [given: no]"
  ],
  "assumptions": [],
  "policy": "海政办发〔2025〕7号",
  "other_categories": [],
  "age": 24,
  "hire_date": "2025-07-15",
  "hdpolicy_version": "0.1.0"
}
