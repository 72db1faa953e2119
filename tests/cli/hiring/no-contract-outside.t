# Hired 2026-01-05 (after the 2025 period) without a labour contract: not eligible, both reasons given.
run: hiring --hire-date 2026-01-05 --birth-date 2001-03-10 --registered-unemployed yes --contract no
exit: 0
stdout:
Not eligible
Reason: 印发通知: the hire date 2026-01-05 is outside the period the plan covers, 2025-01-01 to 2025-12-31 (an interpretation: the plan is the work plan for 2025 and states no dates, so hires in calendar year 2025 are taken to be covered)
Reason: 第7项: condition not met: the enterprise signed a labour contract with the person [given: no]
Policy: 海政办发〔2025〕7号
