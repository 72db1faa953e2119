# 第三条 支持三年: three years from 2025-10-01 is 2028-10-01 (a Sunday; not rolled).
run: deadline --rule insurance.inclusive-support --from 2025-10-01
exit: 0
stdout:
2028-10-01
insurance.inclusive-support: inclusive tech-insurance support period for one enterprise
  Last day: 2028-10-01, Sunday
  From: 2025-10-01 (the day the enterprise's inclusive support starts); that day is not counted (民法典 第二百零一条)
  Period: 3 years
  A period in months or years ends on the corresponding day, or that month's last day when there is none (民法典 第二百零二条)
  Rule: 海金融发〔2025〕4号 第三条: 「原则上对单家企业支持三年」
