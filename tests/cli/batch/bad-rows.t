# Each bad row gets its error cell and the run goes on: one row out per row
# in, in order; exit 1 because some rows failed. E1's good row (B8) sees no
# cap used by the failed ones.
run: batch subsidy --input $POLICIES/../tests/fixtures/batch/bad-rows.csv --output -
exit: 1
stdout:
id,enterprise_id,date,type,premium,industry,specialized,upper_subsidy,eligible,subsidy,article,capped_by,payee,payable_year,note,error
B1,E1,2025-10-01,car,80000,ai,yes,0,,,,,,,,"type: 'car' is not accepted: one of inclusive, rd, product, finance, property, liability, three-firsts, ai-content, data-damage, cybersecurity, ic-tapeout, satellite-launch, satellite-orbit (or its Chinese name)"
B2,E1,2025-10-01,rd,"80,000",ai,yes,0,,,,,,,,"premium: '80,000' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15"
B3,E1,2025/10/01,rd,80000,ai,yes,0,,,,,,,,date: '2025/10/01' is not accepted: a real calendar date written YYYY-MM-DD (e.g. 2025-10-01)
B4,,2025-10-01,rd,80000,ai,yes,0,,,,,,,,enterprise_id: required: annual caps are counted per enterprise
B5,E1,,rd,80000,ai,yes,0,,,,,,,,"date: required: the claim date, YYYY-MM-DD (a batch never assumes today, so that a rerun gives the same result)"
B6,E1,2025-10-01,rd,80000,ai,maybe,0,,,,,,,,"specialized: 'maybe' is not accepted: yes or no (also true/false, 1/0, 是/否)"
B7,E1,2025-10-01,rd,,,,,,,,,,,,the row has 4 cells where the header has 8
B8,E1,2025-10-01,rd,80000,ai,yes,0,yes,40000.00,4,,applicant,2026,,
stderr:
hdpolicy: warning: no column 'employees': every row treats it as not given
hdpolicy: warning: no column 'revenue': every row treats it as not given
hdpolicy: warning: no column 'high_tech_year': every row treats it as not given
hdpolicy: warning: no column 'support_years_used': every row treats it as not given
hdpolicy: line 2: type: 'car' is not accepted: one of inclusive, rd, product, finance, property, liability, three-firsts, ai-content, data-damage, cybersecurity, ic-tapeout, satellite-launch, satellite-orbit (or its Chinese name)
hdpolicy: line 3: premium: '80,000' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15
hdpolicy: line 4: date: '2025/10/01' is not accepted: a real calendar date written YYYY-MM-DD (e.g. 2025-10-01)
hdpolicy: line 5: enterprise_id: required: annual caps are counted per enterprise
hdpolicy: line 6: date: required: the claim date, YYYY-MM-DD (a batch never assumes today, so that a rerun gives the same result)
hdpolicy: line 7: specialized: 'maybe' is not accepted: yes or no (also true/false, 1/0, 是/否)
hdpolicy: line 8: the row has 4 cells where the header has 8
