# 海政办发〔2025〕7号 第7项 pays 1,000 per hire in 2025; a draft successor (hypothetical 海政办发〔2026〕1号)
# pays 1,500 for hires in 2026. A batch spanning the change picks the version per row; a hire in 2027,
# covered by neither, is not eligible, naming the nearest version. (P3 is also 25 on 2027-01-04,
# outside 16—24: the categories are still judged under that nearest version.)
run: sh: bash "$POLICIES/../tests/versions/add-hiring-successor.sh" && hdpolicy batch hiring --policies "$CASE_TMP/policies" --input "$POLICIES/../tests/fixtures/versions/hires.csv" --output - 2>/dev/null
exit: 0
stdout:
enterprise_id,person_id,hire_date,birth_date,graduate,registered_unemployed,contract,eligible,subsidy,category,note,error
E1,P1,2025-12-31,2001-07-16,no,yes,yes,yes,1000.00,registered-unemployed-youth,a registered unemployed young person aged 16 to 24,
E1,P2,2026-01-01,2001-07-16,no,yes,yes,yes,1500.00,registered-unemployed-youth,a registered unemployed young person aged 16 to 24,
E1,P3,2027-01-04,2001-07-16,no,yes,yes,no,0.00,,"not eligible: no version of the policy in force on 2027-01-04; nearest: 海政办发〔2026〕1号 (hires 2026-01-01 to 2026-12-31); 第7项: not a college graduate in the graduation year (毕业年度高校毕业生): a college graduate [given: no]; 第7项: not a college graduate within two years of leaving school, still unemployed (离校两年内未就业高校毕业生): a college graduate [given: no]; 第7项: not a registered unemployed young person aged 16 to 24 (16—24岁登记失业青年): age in whole years on the hire date is at most 24 [given: 25]",
