# Graduated 2025-06-30 and hired 2025-07-15, 22, unemployed and registered: all three categories fit;
# the first in the order of 第7项 (graduation-year) is reported, the others listed.
run: hiring --hire-date 2025-07-15 --birth-date 2003-05-01 --graduation-date 2025-06-30 --left-school-date 2025-06-30 --unemployed yes --registered-unemployed yes --contract yes --format json
exit: 0
stdout:
{
  "eligible": true,
  "subsidy": "1000.00",
  "category": "graduation-year",
  "reasons": [
    "第7项: a college graduate in the graduation year (毕业年度高校毕业生): a college graduate [given: graduated 2025-06-30] and hired in the graduation year (graduation year is 2025, the year of the hire) [given: 2025]",
    "第7项: the enterprise signed a labour contract with the person [given: yes]",
    "印发通知: the hire date 2025-07-15 is within the period the plan covers, 2025-01-01 to 2025-12-31 (an interpretation: the plan is the work plan for 2025 and states no dates, so hires in calendar year 2025 are taken to be covered)",
    "第7项: 1,000.00 yuan per person hired (one-time job-expansion subsidy)",
    "also fits: a college graduate within two years of leaving school, still unemployed (离校两年内未就业高校毕业生); a registered unemployed young person aged 16 to 24 (16—24岁登记失业青年) (the first in the order of the item is reported)"
  ],
  "assumptions": [],
  "policy": "海政办发〔2025〕7号",
  "other_categories": [
    "graduate-within-two-years",
    "registered-unemployed-youth"
  ],
  "age": 22,
  "hire_date": "2025-07-15",
  "hdpolicy_version": "0.1.0"
}
