# An industry cell `other` (or 其他) states the enterprise is outside 第二条's key
# industries: the row is not eligible, not assumed; an empty cell is assumed in scope.
run: sh: printf 'id,enterprise_id,date,type,premium,industry,employees,revenue,high_tech_year,specialized,upper_subsidy,support_years_used\nB1,E1,2026-03-01,rd,80000,other,,,,yes,0,\nB2,E2,2026-03-01,rd,80000,其他,,,,yes,0,\nB3,E3,2026-03-01,rd,80000,,,,,yes,0,\n' > in.csv; hdpolicy batch subsidy --input in.csv --output -
exit: 0
stdout:
id,enterprise_id,date,type,premium,industry,employees,revenue,high_tech_year,specialized,upper_subsidy,support_years_used,eligible,subsidy,article,capped_by,payee,payable_year,note,error
B1,E1,2026-03-01,rd,80000,other,,,,yes,0,,no,0.00,,,,,not eligible: 第四条/第二条 industry=other,
B2,E2,2026-03-01,rd,80000,其他,,,,yes,0,,no,0.00,,,,,not eligible: 第四条/第二条 industry=other,
B3,E3,2026-03-01,rd,80000,,,,,yes,0,,yes,40000.00,4,,applicant,2027,assumed: industry,
stderr:
