# plan POLICY on a document of declared shape: the made-up landing support
# with its rules chosen 就高不就低 (choose: highest) instead of stacked. Its
# settling reward (第二条, 500,000) is paid once per enterprise; the R&D
# equipment subsidy (第三条) is 20%. Claim 1 (2,400,000 of equipment) gives
# 500,000 under 第二条 or 480,000 under 第三条; claim 2 (no equipment) only
# 第二条's 500,000. One by one, 就高不就低 takes 第二条 on claim 1 and claim 2
# gets 0.00: 500,000. The plan: 第三条 then 第二条, 480,000 + 500,000 =
# 980,000.00 (under the 1,000,000 annual cap), 480,000.00 more.
run: sh: cp -r "$CASE_DIR/../../shapes/stacked" highest && sed -i 's/  choose: all/  choose: highest/' highest/landing-support.yaml && hdpolicy --policies highest plan landing-support --input "$CASE_DIR/../../shapes/stacked/plan-claims.csv"
exit: 0
stdout:
Plan: 示例落〔2026〕3号 support for newly settled enterprises (example), 2 claims in 2026
  line 2: equipment (第三条) 480,000.00 yuan; one by one: settling (第二条) 500,000.00 yuan
  line 3: settling (第二条) 500,000.00 yuan; one by one: settling (第二条) 0.00 yuan
Total: 980,000.00 yuan
One by one (each claim's highest, in order): 500,000.00 yuan; the plan gains 480,000.00 yuan
stderr:
