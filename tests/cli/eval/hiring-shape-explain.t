# 第7项 in the generic format: left school (taken to be the graduation date,
# 2023-07-15, said as an assumption) exactly two years before the hire on
# 2025-07-15, the anniversary included (两年内), unemployed, contract signed:
# 1,000 yuan (按招用1人1000元); the contract is every rule's condition.
# Born 2001-03-10: 24 on the hire date, so 16—24岁 holds too, on an assumption.
run: eval job-expansion --policies $CASE_DIR/../../shapes/hiring --hire-date 2025-07-15 --birth-date 2001-03-10 --graduation-date 2023-07-15 --unemployed yes --contract yes --explain
exit: 0
stdout:
one-time job-expansion subsidy (generic format) (海政办发〔2025〕7号)
Eligible: yes
Amount: 1,000.00 yuan
Rule: graduate-within-two-years (a college graduate within two years of leaving school, still unemployed)
Article: 第7项
Payee: applicant
Payable year: 2025
Assumptions:
  - not given: --left-school-date; taken to be the graduation date, 2023-07-15
Steps:
 1. 海政办发〔2025〕7号 is in force from 2025-01-01 to 2025-12-31; the claim's date 2025-07-15 is within it
    海政办发〔2025〕7号 印发通知: 「现将《2025年海淀区进一步优化营商环境、促进企业"降本增效"工作方案》印发给你们」
 2. 第7项, every rule's condition met: the enterprise signed a labour contract with the person [given: yes]
    海政办发〔2025〕7号 第7项: 「并与其签订劳动合同」
 3. 第7项 a college graduate in the graduation year, condition not met: a college graduate [given: yes] and hired in the graduation year (graduation year is 2025, the year of the claim) [given: 2023]
    海政办发〔2025〕7号 第7项: 「对招用毕业年度及离校两年内未就业高校毕业生」
 4. 第7项 a college graduate within two years of leaving school, still unemployed, condition met: a college graduate [given: yes] and hired within two years of leaving school (the claim is within 2 years of the left-school date, the 2-year anniversary included) [given: 2023-07-15, 2-year anniversary 2025-07-15] and still unemployed since leaving school [given: yes]
    海政办发〔2025〕7号 第7项: 「离校两年内未就业高校毕业生」
 5. 第7项 a college graduate within two years of leaving school, still unemployed, amount: a fixed 1,000.00 yuan
    海政办发〔2025〕7号 第7项: 「按招用1人1000元 的标准发放一次性扩岗补助」
 6. the one-time subsidy once per person: 0 times received in all for this person ID, at most 1; not reached
    海政办发〔2025〕7号 第7项: 「按招用1人1000元 的标准发放一次性扩岗补助」
 7. 第7项 a registered unemployed young person aged 16 to 24, condition assumed: registered as unemployed [not given] and age in whole years on the hire date is at least 16 [given: 24] and age in whole years on the hire date is at most 24 [given: 24]
    海政办发〔2025〕7号 第7项: 「16—24岁登记失业青年」
 8. 第7项 a registered unemployed young person aged 16 to 24, amount: a fixed 1,000.00 yuan
    海政办发〔2025〕7号 第7项: 「按招用1人1000元 的标准发放一次性扩岗补助」
 9. the one-time subsidy once per person: 0 times received in all for this person ID, at most 1; not reached
    海政办发〔2025〕7号 第7项: 「按招用1人1000元 的标准发放一次性扩岗补助」
10. Assumed: not given: --left-school-date; taken to be the graduation date, 2023-07-15
11. the highest amount is paid: 1,000.00 yuan under 第7项
    海政办发〔2025〕7号 第7项: 「按招用1人1000元 的标准发放一次性扩岗补助」
12. paid to: the hiring enterprise
    海政办发〔2025〕7号 第7项: 「并与其签订劳动合同 且符合条件的企业」
stderr:
