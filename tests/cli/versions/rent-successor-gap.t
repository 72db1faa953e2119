# A successor from 2028-03-01 leaves 2028-01-01 to 2028-02-29 covered by neither version: a
# claim of 2028-02-29 is not eligible, naming the nearest version on each side, and is judged
# under the one before it (示例租〔2026〕1号, ending 2027-12-31), whose window the step names.
run: sh: bash "$CASE_DIR/../../versions/add-rent-successor.sh" 2028-03-01 && hdpolicy --policies "$CASE_TMP/policies" eval rent-subsidy --rent-paid 2000000 --area 500 --days 365 --support-years-used 0 --date 2028-02-29 --explain && hdpolicy --policies "$CASE_TMP/policies" eval rent-subsidy --rent-paid 2000000 --area 500 --days 365 --support-years-used 0 --date 2028-02-29 --lang zh
exit: 0
stdout:
office rent subsidy (example) (示例租〔2026〕1号)
Eligible: no
Amount: 0.00 yuan
Reasons:
  - no version of rent-subsidy in force on 2028-02-29; nearest: 示例租〔2026〕1号 (in force 2026-01-01 to 2027-12-31), 示例租〔2027〕9号 (in force 2028-03-01 to 2030-12-31)
  - 第三条 office rent subsidy: the claim's date is outside the policy's window
Steps:
 1. 示例租〔2026〕1号 is in force from 2026-01-01 to 2027-12-31; the claim's date 2028-02-29 is outside it
    示例租〔2026〕1号 第五条: 「本办法自2026年1月1日起施行,有效期至2028年12月31日。」
租金补贴办法(示例) (示例租〔2026〕1号)
是否符合条件:否
金额:0.00元
原因:
  - 2028-02-29没有施行中的rent-subsidy版本;最近的版本:示例租〔2026〕1号(执行期2026-01-01至2027-12-31)、示例租〔2027〕9号(执行期2028-03-01至2030-12-31)
  - 第三条 办公用房租金补贴:申报日期不在政策执行期内
