# --strict: a row whose answer rests on graduate not given (P1) or on a graduation year
# not given (P4) fails instead of being paid on assumptions.
run: sh: printf 'enterprise_id,person_id,hire_date,birth_date,graduate,contract\nE1,P1,2025-11-05,1998-04-04,,yes\nE1,P2,2025-11-05,1998-04-04,no,yes\nE1,P3,2025-11-05,1998-04-04,maybe,yes\nE1,P4,2025-11-05,1998-04-04,yes,yes\n' > in.csv; hdpolicy batch hiring --strict --input in.csv --output -
exit: 1
stdout:
enterprise_id,person_id,hire_date,birth_date,graduate,contract,eligible,subsidy,category,note,error
E1,P1,2025-11-05,1998-04-04,,yes,,,,,strict: the answer would rest on facts not given: not given: graduate; assumed a college graduate (第7项); not given: graduation_date; assumed hired in the graduation year (第7项)
E1,P2,2025-11-05,1998-04-04,no,yes,no,0.00,,"not eligible: 第7项: not a college graduate in the graduation year (毕业年度高校毕业生): a college graduate [given: no]; 第7项: not a college graduate within two years of leaving school, still unemployed (离校两年内未就业高校毕业生): a college graduate [given: no]; 第7项: not a registered unemployed young person aged 16 to 24 (16—24岁登记失业青年): age in whole years on the hire date is at most 24 [given: 27]",
E1,P3,2025-11-05,1998-04-04,maybe,yes,,,,,"graduate: 'maybe' is not accepted: yes or no (also true/false, 1/0, 是/否)"
E1,P4,2025-11-05,1998-04-04,yes,yes,,,,,strict: the answer would rest on facts not given: not given: graduation_date; assumed hired in the graduation year (第7项)
stderr:
hdpolicy: warning: no column 'graduation_date': every row treats it as not given
hdpolicy: warning: no column 'left_school_date': every row treats it as not given
hdpolicy: warning: no column 'unemployed': every row treats it as not given
hdpolicy: warning: no column 'registered_unemployed': every row treats it as not given
hdpolicy: line 2: strict: the answer would rest on facts not given: not given: graduate; assumed a college graduate (第7项); not given: graduation_date; assumed hired in the graduation year (第7项)
hdpolicy: line 4: graduate: 'maybe' is not accepted: yes or no (also true/false, 1/0, 是/否)
hdpolicy: line 5: strict: the answer would rest on facts not given: not given: graduation_date; assumed hired in the graduation year (第7项)
