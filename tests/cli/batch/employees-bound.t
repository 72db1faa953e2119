# The batch's fast count path accepts what --employees accepts: 10^12 is a
# count, 10^12 + 1 is a row error with the same message as the single command.
run: sh: printf 'id,enterprise_id,date,type,premium,employees,industry,specialized,upper_subsidy\nA1,E1,2026-03-01,rd,80000,1000000000000,ai,yes,0\nA2,E2,2026-03-01,rd,80000,1000000000001,ai,yes,0\n' > in.csv && hdpolicy batch subsidy --input in.csv --output out.csv 2>err; echo "exit $?"; cat out.csv; grep -v warning err
stdout:
exit 1
id,enterprise_id,date,type,premium,employees,industry,specialized,upper_subsidy,eligible,subsidy,article,capped_by,payee,payable_year,note,error
A1,E1,2026-03-01,rd,80000,1000000000000,ai,yes,0,yes,40000.00,4,,applicant,2027,,
A2,E2,2026-03-01,rd,80000,1000000000001,ai,yes,0,,,,,,,,employees: '1000000000001' is not accepted: a whole number from 0 to 10^12 (e.g. 80)
hdpolicy: line 3: employees: '1000000000001' is not accepted: a whole number from 0 to 10^12 (e.g. 80)
