# Whether the person is a college graduate is a fact like any other: not given, it is
# assumed where the answer depends on it. At 25 the person is not 16—24岁, and nothing says
# they are not a college graduate in the graduation year, so that category is paid on the
# two assumptions listed (the Done-when example, without --graduate no).
run: hiring --hire-date 2025-07-15 --birth-date 2000-07-15 --registered-unemployed yes --contract yes
exit: 0
stdout:
Subsidy: 1,000.00 yuan
Category: a college graduate in the graduation year (毕业年度高校毕业生)
Why:
  - 第7项: a college graduate in the graduation year (毕业年度高校毕业生), on the assumptions listed: a college graduate [not given] and hired in the graduation year (graduation year is 2025, the year of the hire) [not given]
  - 第7项: the enterprise signed a labour contract with the person [given: yes]
  - 印发通知: the hire date 2025-07-15 is within the period the plan covers, 2025-01-01 to 2025-12-31 (an interpretation: the plan is the work plan for 2025 and states no dates, so hires in calendar year 2025 are taken to be covered)
  - 第7项: 1,000.00 yuan per person hired (one-time job-expansion subsidy)
Assumptions:
  - not given: --graduate; assumed a college graduate (第7项)
  - not given: --graduation-date; assumed hired in the graduation year (第7项)
Policy: 海政办发〔2025〕7号
