# Registration and contract not given (not a college graduate): eligible on the assumptions listed.
run: hiring --hire-date 2025-07-15 --birth-date 2001-07-16 --graduate no --format json
exit: 0
stdout:
{
  "eligible": true,
  "subsidy": "1000.00",
  "category": "registered-unemployed-youth",
  "reasons": [
    "第7项: a registered unemployed young person aged 16 to 24 (16—24岁登记失业青年), on the assumptions listed: registered as unemployed [not given] and age in whole years on the hire date is at least 16 [given: 23] and age in whole years on the hire date is at most 24 [given: 23]",
    "第7项: the enterprise signed a labour contract with the person [not given]",
    "印发通知: the hire date 2025-07-15 is within the period the plan covers, 2025-01-01 to 2025-12-31 (an interpretation: the plan is the work plan for 2025 and states no dates, so hires in calendar year 2025 are taken to be covered)",
    "第7项: 1,000.00 yuan per person hired (one-time job-expansion subsidy)"
  ],
  "assumptions": [
    "not given: --contract; assumed the enterprise signed a labour contract with the person (第7项)",
    "not given: --registered-unemployed; assumed registered as unemployed (第7项)"
  ],
  "policy": "海政办发〔2025〕7号",
  "other_categories": [],
  "age": 23,
  "hire_date": "2025-07-15",
  "hdpolicy_version": "0.1.0"
}
