# A declared document's claim date defaults to today on the command line,
# never in a batch: a row without it is refused, and the message says why,
# as batch subsidy's does.
run: sh: printf 'id,enterprise_id,date,type,premium\nA1,E1,,rd,80000\n' | hdpolicy batch eval tech-insurance --policies "$CASE_DIR/../../shapes/insurance" --input - --output -
exit: 1
stdout:
id,enterprise_id,date,type,premium,eligible,amount,rule,article,capped_by,payee,payable_year,note,error
A1,E1,,rd,80000,,,,,,,,,"date: required: the claim date, YYYY-MM-DD (a batch never assumes today, so that a rerun gives the same result)"
stderr:
hdpolicy: warning: no column 'industry': every row treats it as not given
hdpolicy: warning: no column 'employees': every row treats it as not given
hdpolicy: warning: no column 'revenue': every row treats it as not given
hdpolicy: warning: no column 'high_tech_year': every row treats it as not given
hdpolicy: warning: no column 'specialized': every row treats it as not given
hdpolicy: warning: no column 'upper_subsidy': every row treats it as not given
hdpolicy: warning: no column 'support_years_used': every row treats it as not given
hdpolicy: line 2: date: required: the claim date, YYYY-MM-DD (a batch never assumes today, so that a rerun gives the same result)
