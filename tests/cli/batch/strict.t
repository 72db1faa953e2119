# --strict: a row whose answer would rest on facts not given fails instead.
run: sh: head -1 "$EXAMPLES/applications.csv" > in.csv; grep '^A013,' "$EXAMPLES/applications.csv" >> in.csv; hdpolicy batch subsidy --strict --input in.csv --output -
exit: 1
stdout:
id,enterprise_id,enterprise_name,date,type,premium,industry,employees,revenue,high_tech_year,specialized,upper_subsidy,support_years_used,remark,eligible,subsidy,article,capped_by,payee,payable_year,note,error
A013,E007,北京晶核半导体有限公司,2025-10-30,finance,80000,ic,200,30000000,,,,,status not given,,,,,,,,"strict: the answer would rest on facts not given: not given: specialized; assumed a ""specialized, refined, distinctive and innovative"" (专精特新) enterprise (第四条); not given: upper_subsidy; assumed subsidies from all levels together stay within the premium paid (第四条)"
stderr:
hdpolicy: line 2: strict: the answer would rest on facts not given: not given: specialized; assumed a "specialized, refined, distinctive and innovative" (专精特新) enterprise (第四条); not given: upper_subsidy; assumed subsidies from all levels together stay within the premium paid (第四条)
