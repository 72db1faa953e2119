# hiring-subsidy (the declared document, document.contract: hiring) answers as `hdpolicy hiring` does
# (hiring/done-eligible.t): born 2001-07-16, hired 2025-07-15, aged 23,
# registered unemployed, contract signed: 1,000.00 yuan (第7项).
run: eval hiring-subsidy --hire-date 2025-07-15 --birth-date 2001-07-16 --registered-unemployed yes --contract yes --format json
exit: 0
stdout:
{
  "eligible": true,
  "subsidy": "1000.00",
  "category": "registered-unemployed-youth",
  "reasons": [
    "第7项: a registered unemployed young person aged 16 to 24 (16—24岁登记失业青年): registered as unemployed [given: yes] and age in whole years on the hire date is at least 16 [given: 23] and age in whole years on the hire date is at most 24 [given: 23]",
    "第7项: the enterprise signed a labour contract with the person [given: yes]",
    "印发通知: the hire date 2025-07-15 is within the period the plan covers, 2025-01-01 to 2025-12-31 (an interpretation: the plan is the work plan for 2025 and states no dates, so hires in calendar year 2025 are taken to be covered)",
    "第7项: 1,000.00 yuan per person hired (one-time job-expansion subsidy)"
  ],
  "assumptions": [],
  "policy": "海政办发〔2025〕7号",
  "other_categories": [],
  "age": 23,
  "hire_date": "2025-07-15",
  "hdpolicy_version": "0.1.0"
}
stderr:
