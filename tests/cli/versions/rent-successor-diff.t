# hdpolicy diff on the change: the successor document added and compared with the version in
# force before it (3.00 → 4.00 yuan per m² per day), and the first version's window shortened by
# a year; exit 1 (the sets differ).
run: sh: bash "$CASE_DIR/../../versions/add-rent-successor.sh" && hdpolicy diff "$CASE_DIR/../../shapes/policies" "$CASE_TMP/policies"
exit: 1
stdout:
示例租〔2027〕9号 第五条: document added: 海淀区重点企业办公用房租金补贴办法(示例), in force 2028-01-01 to 2030-12-31
示例租〔2026〕1号 第五条: effective window: 2026-01-01 to 2028-12-31 → 2026-01-01 to 2027-12-31
示例租〔2027〕9号 第三条: figure of rent/per-m2-day (at most 4 yuan per m² per day): 3.00 → 4.00 yuan
3 differences
