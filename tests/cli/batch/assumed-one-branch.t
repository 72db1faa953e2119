# A batch note names only the facts the answer assumes: with 500 employees the
# small-or-micro branch of 第三条 is out, so only high_tech_year is assumed (not
# revenue); with neither branch known, the facts of both.
run: sh: printf 'id,enterprise_id,date,type,premium,industry,employees,revenue,high_tech_year,specialized,upper_subsidy,support_years_used\nC1,E1,2026-03-01,inclusive,2000,ai,500,,,,,0\nC2,E2,2026-03-01,inclusive,2000,ai,,,,,,0\n' > in.csv; hdpolicy batch subsidy --input in.csv --output -
exit: 0
stdout:
id,enterprise_id,date,type,premium,industry,employees,revenue,high_tech_year,specialized,upper_subsidy,support_years_used,eligible,subsidy,article,capped_by,payee,payable_year,note,error
C1,E1,2026-03-01,inclusive,2000,ai,500,,,,,0,yes,2000.00,3,,insurer,2027,assumed: high_tech_year,
C2,E2,2026-03-01,inclusive,2000,ai,,,,,,0,yes,2000.00,3,,insurer,2027,"assumed: employees,revenue,high_tech_year",
stderr:
