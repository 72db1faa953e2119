# A row a cap cut to 0.00 is not the last row paid under that cap: a third
# row of E2 names line 2, the row that took the 1,000,000 of 2027, not line 3,
# which the cap cut to nothing.
# E2: 2027-06-30, 2,400,000 x 50% = 1,200,000, over 3 x 1,000 x 365 = 1,095,000, cut to 1,000,000
#     by the annual cap; 2027-07-01 and 2027-09-01 (second version): nothing left, 0.00 each.
run: sh: bash "$CASE_DIR/../../versions/add-rent-successor.sh" 2027-07-01 2027-06-30 && printf 'enterprise_id,date,rent_paid,area,days,support_years_used\nE2,2027-06-30,2400000,1000,365,0\nE2,2027-07-01,400000,1000,365,0\nE2,2027-09-01,400000,1000,365,0\n' > "$CASE_TMP/e2.csv" && hdpolicy --policies "$CASE_TMP/policies" batch eval rent-subsidy --input "$CASE_TMP/e2.csv" --output - 2>/dev/null
exit: 0
stdout:
enterprise_id,date,rent_paid,area,days,support_years_used,eligible,amount,rule,article,capped_by,payee,payable_year,note,error
E2,2027-06-30,2400000,1000,365,0,yes,1000000.00,rent,第三条,annual,applicant,2027,,
E2,2027-07-01,400000,1000,365,0,yes,0.00,rent,第三条,annual,applicant,2027,"annual: 1,000,000.00 paid on earlier rows in 2027, last on line 2",
E2,2027-09-01,400000,1000,365,0,yes,0.00,rent,第三条,annual,applicant,2027,"annual: 1,000,000.00 paid on earlier rows in 2027, last on line 2",
