# The made-up fact as a batch column: read per row, named in notes and
# errors by its column, like every fact of the table.
run: sh: bash "$CASE_DIR/../../madeup/add-condition.sh" && hdpolicy --policies policies batch subsidy --input "$CASE_DIR/claims.csv" --output - 2>/dev/null
exit: 1
stdout:
id,enterprise_id,date,type,premium,industry,specialized,upper_subsidy,madeup,eligible,subsidy,article,capped_by,payee,payable_year,note,error
M1,E1,2026-03-01,rd,80000,ai,yes,0,3,yes,40000.00,4,,applicant,2027,,
M2,E2,2026-03-01,rd,80000,ai,yes,0,9,no,0.00,,,,,not eligible: 第四条 madeup=9,
M3,E3,2026-03-01,rd,80000,ai,yes,0,,yes,40000.00,4,,applicant,2027,assumed: madeup,
M4,E4,2026-03-01,rd,80000,ai,yes,0,three,,,,,,,,madeup: 'three' is not accepted: a whole number from 0 to 10^12 (e.g. 80)
