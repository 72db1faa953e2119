# One enterprise claiming in five calendar years (two of them outside the
# window 2025-09-16..2027-12-31: no version in force), so that its later years are kept past the
# three held together: each year has its own 第四条 cap of 500,000.
# 2026: 600000 x 50% = 300000, then 250000 cut to the 200000 left;
# 2027: 600000 cut to 500000; 2025 again: 500000 cut to 500000 - 40000.
run: sh: hdpolicy batch subsidy --input "$POLICIES/../tests/fixtures/batch/years.csv" --output - 2>/dev/null
exit: 0
stdout:
id,enterprise_id,date,type,premium,industry,specialized,upper_subsidy,eligible,subsidy,article,capped_by,payee,payable_year,note,error
Y1,E1,2024-12-01,rd,80000,ai,yes,0,no,0.00,,,,,not eligible: no version of the policy in force on 2024-12-01 (nearest: 海金融发〔2025〕4号 2025-09-16..2027-12-31 第十五条),
Y2,E1,2028-01-02,rd,80000,ai,yes,0,no,0.00,,,,,not eligible: no version of the policy in force on 2028-01-02 (nearest: 海金融发〔2025〕4号 2025-09-16..2027-12-31 第十五条),
Y3,E1,2025-10-01,rd,80000,ai,yes,0,yes,40000.00,4,,applicant,2026,,
Y4,E1,2026-03-01,rd,600000,ai,yes,0,yes,300000.00,4,,applicant,2027,,
Y5,E1,2026-04-01,rd,500000,ai,yes,0,yes,200000.00,4,annual-cap,applicant,2027,"cut by cap catalogue 500000.00 (第四条), 300000.00 used earlier in 2026",
Y6,E1,2027-05-01,rd,1200000,ai,yes,0,yes,500000.00,4,annual-cap,applicant,2028,cut by cap catalogue 500000.00 (第四条),
Y7,E1,2025-11-01,rd,1000000,ai,yes,0,yes,460000.00,4,annual-cap,applicant,2026,"cut by cap catalogue 500000.00 (第四条), 40000.00 used earlier in 2025",
