# 海金融发〔2025〕4号 ending 2027-06-30 and its successor (catalogue cap 600,000) starting 2027-07-01:
# a batch spanning the change picks the version per row, and the cap keeps one ledger per
# enterprise and year across versions (README: a change of cap in the middle of a year).
# M1 (old): 900,000 × 50% = 450,000, within 500,000.
# M2 (new): 400,000 × 50% = 200,000, cut to 600,000 - 450,000 received in 2027 = 150,000.
# M3 (new, 2028): 50,000, a new year.
# M4 (old, its last day): 600,000 cut to 500,000. M5 (new, the next day): 50,000 within 600,000 - 500,000.
run: sh: bash "$POLICIES/../tests/versions/add-successor.sh" 2027-07-01 2027-06-30 && hdpolicy batch subsidy --policies "$CASE_TMP/policies" --input "$POLICIES/../tests/fixtures/versions/mid-year.csv" --output - 2>/dev/null
exit: 0
stdout:
id,enterprise_id,date,type,premium,industry,specialized,upper_subsidy,eligible,subsidy,article,capped_by,payee,payable_year,note,error
M1,E1,2027-03-01,rd,900000,ai,yes,0,yes,450000.00,4,,applicant,2028,,
M2,E1,2027-08-01,rd,400000,ai,yes,0,yes,150000.00,4,annual-cap,applicant,2028,"cut by cap catalogue 600000.00 (第四条), 450000.00 used earlier in 2027",
M3,E1,2028-01-10,rd,100000,ai,yes,0,yes,50000.00,4,,applicant,2029,,
M4,E2,2027-06-30,rd,1200000,ai,yes,0,yes,500000.00,4,annual-cap,applicant,2028,cut by cap catalogue 500000.00 (第四条),
M5,E2,2027-07-01,rd,100000,ai,yes,0,yes,50000.00,4,,applicant,2028,,
