# --explain in English; born 2000-02-29 and hired 2025-02-28: 25 on 28 February 2025, not eligible.
run: hiring --hire-date 2025-02-28 --birth-date 2000-02-29 --graduate no --registered-unemployed yes --contract yes --explain
exit: 0
stdout:
 1. Hire: hired 2025-02-28, born 2000-02-29, aged 25 on the hire date
 2. 印发通知: the hire date 2025-02-28 is within the period the plan covers, 2025-01-01 to 2025-12-31 (an interpretation: the plan is the work plan for 2025 and states no dates, so hires in calendar year 2025 are taken to be covered)
    海政办发〔2025〕7号 印发通知: 「现将《2025年海淀区进一步优化营商环境、促进企业"降本增效"工作方案》印发给你们」
 3. 第7项: the enterprise signed a labour contract with the person [given: yes]
    海政办发〔2025〕7号 第7项: 「并与其签订劳动合同」
 4. 第7项: category 1, a college graduate in the graduation year (毕业年度高校毕业生): does not fit: a college graduate [given: no] and hired in the graduation year (graduation year is 2025, the year of the hire) [not given]
    海政办发〔2025〕7号 第7项: 「对招用毕业年度及离校两年内未就业高校毕业生」
 5. 第7项: category 2, a college graduate within two years of leaving school, still unemployed (离校两年内未就业高校毕业生): does not fit: a college graduate [given: no] and hired within two years of leaving school (the hire is within 2 years of the date of leaving school, the 2-year anniversary included) [not given] and still unemployed since leaving school [not given]
    海政办发〔2025〕7号 第7项: 「离校两年内未就业高校毕业生」
 6. 第7项: category 3, a registered unemployed young person aged 16 to 24 (16—24岁登记失业青年): does not fit: registered as unemployed [given: yes] and age in whole years on the hire date is at least 16 [given: 25] and age in whole years on the hire date is at most 24 [given: 25]
    海政办发〔2025〕7号 第7项: 「16—24岁登记失业青年」
 7. Result: not eligible
Policy: 海政办发〔2025〕7号
