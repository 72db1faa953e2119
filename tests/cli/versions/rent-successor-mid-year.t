# The rent subsidy changed in the middle of 2027: 示例租〔2026〕1号 ends 2027-06-30, its
# successor (4 yuan per m² per day) starts 2027-07-01. Each row is judged under the version of
# its date, and the annual cap of 1,000,000 (same id, annual) keeps one ledger per enterprise and
# year across the two (README: a change of cap in the middle of a year).
# E1: March (first) 1,600,000 x 50% = 800,000; August (second) 500,000, cut to the 200,000 left.
# E2: 2027-06-30, 2,400,000 x 50% = 1,200,000, over 3 x 1,000 x 365 = 1,095,000, cut to 1,000,000 by the cap;
#     2027-07-01 (the next day, second version): nothing left, 0.00. E3: 2028, a new year: 200,000.
# E4 on 2027-06-30 and E5 on 2027-07-01, 2,400,000 x 50% = 1,200,000 each on 500 m²: 3 x 500 x 365 = 547,500.00
#     under the first, 4 x 500 x 365 = 730,000.00 under the second.
# A row a cap cut says, in its note, what earlier rows were paid under that cap and the last line.
run: sh: bash "$CASE_DIR/../../versions/add-rent-successor.sh" 2027-07-01 2027-06-30 && hdpolicy --policies "$CASE_TMP/policies" batch eval rent-subsidy --input "$CASE_DIR/../../fixtures/versions/rent-mid-year.csv" --output - 2>/dev/null
exit: 0
stdout:
enterprise_id,date,rent_paid,area,days,support_years_used,eligible,amount,rule,article,capped_by,payee,payable_year,note,error
E1,2027-03-01,1600000,1000,365,0,yes,800000.00,rent,第三条,,applicant,2027,,
E1,2027-08-01,1000000,1000,365,0,yes,200000.00,rent,第三条,annual,applicant,2027,"annual: 800,000.00 paid on earlier rows in 2027, last on line 2",
E2,2027-06-30,2400000,1000,365,0,yes,1000000.00,rent,第三条,annual,applicant,2027,,
E2,2027-07-01,400000,1000,365,0,yes,0.00,rent,第三条,annual,applicant,2027,"annual: 1,000,000.00 paid on earlier rows in 2027, last on line 4",
E3,2028-01-10,400000,1000,365,0,yes,200000.00,rent,第三条,,applicant,2028,,
E4,2027-06-30,2400000,500,365,0,yes,547500.00,rent,第三条,per-m2-day,applicant,2027,,
E5,2027-07-01,2400000,500,365,0,yes,730000.00,rent,第三条,per-m2-day,applicant,2027,,
