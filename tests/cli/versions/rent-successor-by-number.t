# A version named by its number is that version alone: 示例租〔2026〕1号 (ending 2027-06-30) on
# 2027-07-01 is not eligible and says which version is in force; named by its id, rent-subsidy,
# the same claim is judged under 示例租〔2027〕9号: 2,000,000 x 50% = 1,000,000, cut to
# 4 x 500 m² x 365 days = 730,000.00.
run: sh: bash "$CASE_DIR/../../versions/add-rent-successor.sh" 2027-07-01 2027-06-30 && for p in 示例租〔2026〕1号 rent-subsidy; do hdpolicy --policies "$CASE_TMP/policies" eval $p --rent-paid 2000000 --area 500 --days 365 --support-years-used 0 --date 2027-07-01; done; hdpolicy --policies "$CASE_TMP/policies" eval 示例租〔2026〕1号 --rent-paid 2000000 --area 500 --days 365 --support-years-used 0 --date 2027-07-01 --lang zh
exit: 0
stdout:
office rent subsidy (example) (示例租〔2026〕1号)
Eligible: no
Amount: 0.00 yuan
Reasons:
  - the version in force on 2027-07-01 is 示例租〔2027〕9号, not the one named (name the policy rent-subsidy for the version in force)
  - 第三条 office rent subsidy: the claim's date is outside the policy's window
office rent subsidy (example) (示例租〔2027〕9号)
Eligible: yes
Amount: 730,000.00 yuan
Rule: rent (office rent subsidy)
Article: 第三条
Capped by: per-m2-day
Payee: applicant
Payable year: 2027
租金补贴办法(示例) (示例租〔2026〕1号)
是否符合条件:否
金额:0.00元
原因:
  - 2027-07-01施行的版本是示例租〔2027〕9号,而非所指定的版本(指定rent-subsidy即取施行中的版本)
  - 第三条 办公用房租金补贴:申报日期不在政策执行期内
