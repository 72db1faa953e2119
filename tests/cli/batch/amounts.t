# Amounts at the edges of what an amount cell accepts (the same rules as
# --premium): leading zeros, one or two decimals (80000.05 x 50% = 40000.025,
# half up to 40000.03), the largest amount 10^15 yuan (then cut by the
# 500,000 annual cap), and what is refused.
run: sh: hdpolicy batch subsidy --input "$POLICIES/../tests/fixtures/batch/amounts.csv" --output - 2>/dev/null
stdout:
id,enterprise_id,date,type,premium,industry,specialized,upper_subsidy,eligible,subsidy,article,capped_by,payee,payable_year,note,error
M1,E1,2025-10-01,rd,0080000,ai,yes,0,yes,40000.00,4,,applicant,2026,,
M2,E2,2025-10-01,rd,80000.5,ai,yes,0,yes,40000.25,4,,applicant,2026,,
M3,E3,2025-10-01,rd,80000.05,ai,yes,0,yes,40000.03,4,,applicant,2026,,
M4,E4,2025-10-01,rd,1000000000000000,ai,yes,0,yes,500000.00,4,annual-cap,applicant,2026,cut by cap catalogue 500000.00 (第四条),
M5,E5,2025-10-01,rd,1000000000000000.01,ai,yes,0,,,,,,,,"premium: '1000000000000000.01' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15"
M6,E6,2025-10-01,rd,.5,ai,yes,0,,,,,,,,"premium: '.5' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15"
M7,E7,2025-10-01,rd,5.,ai,yes,0,,,,,,,,"premium: '5.' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15"
M8,E8,2025-10-01,rd,+5,ai,yes,0,,,,,,,,"premium: '+5' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15"
