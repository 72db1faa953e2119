# A cap kept per enterprise over every year of the document (per: enterprise,
# 累计) instead of each year: rent-subsidy's 1,000,000 cap made cumulative.
# E1 is paid 600,000.00 then 400,000.00 in 2026 (1,000,000 reached), so its
# 2027 claim (400,000 x 50% = 200,000) is cut to 0.00, where the yearly cap
# paid it (batch-caps-per-year.t). The same with a window longer than the
# dense ledger's 16 years (its other path); one claim words what is left.
run: sh: cp -r "$CASE_DIR/../../shapes/policies" p && sed -i 's/    per: enterprise-year/    per: enterprise/' p/rent-subsidy.yaml && cp -r p long && sed -i 's/to: 2028-12-31/to: 2099-12-31/' long/rent-subsidy.yaml && hdpolicy --policies p batch eval rent-subsidy --input "$CASE_DIR/../../shapes/rent-claims.csv" --output a.csv 2>/dev/null; hdpolicy --policies long batch eval rent-subsidy --input "$CASE_DIR/../../shapes/rent-claims.csv" --output b.csv 2>/dev/null; cmp a.csv b.csv && cut -d, -f1-2,7-8,11 a.csv && hdpolicy --policies p eval rent-subsidy --rent-paid 400000 --area 1000 --days 365 --support-years-used 1 --date 2027-03-01 --received annual=900000 --explain | grep 'left in all'
exit: 0
stdout:
enterprise_id,date,eligible,amount,capped_by
E1,2026-03-01,yes,600000.00,
E1,2026-09-01,yes,400000.00,annual
E2,2026-03-01,yes,100000.00,
E3,2026-03-01,no,0.00,
E4,2026-03-01,,,
E1,2027-03-01,yes,0.00,annual
 5. annual limit per enterprise: 100,000.00 yuan left in all; the amount is cut from 200,000.00 yuan to 100,000.00 yuan
stderr:
