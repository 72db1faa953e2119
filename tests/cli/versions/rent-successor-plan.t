# plan runs under one version's rules and caps: claims of 2027-03-01 (示例租〔2026〕1号) and
# 2027-08-01 (示例租〔2027〕9号, from 2027-07-01) are refused, naming both lines; exit 2.
run: sh: bash "$CASE_DIR/../../versions/add-rent-successor.sh" 2027-07-01 2027-06-30 && head -3 "$CASE_DIR/../../fixtures/versions/rent-mid-year.csv" > claims.csv && hdpolicy --policies "$CASE_TMP/policies" plan rent-subsidy --input claims.csv 2>&1
exit: 2
stdout:
hdpolicy: error: claims.csv: the claims fall under two versions of rent-subsidy: 示例租〔2026〕1号 (line 2) and 示例租〔2027〕9号 (line 3): plan the claims of one version at a time
