# batch eval: E1's two 2026 claims share 第三条's 1,000,000 annual cap (600,000 then
# 400,000 of 600,000); its 2027 claim starts a new year (200,000). E3 has 3 years of
# support (ruled out), E4's rent is not an amount (the row fails: exit 1).
# A row a cap cut says, in its note, what earlier rows were paid under that cap and the last line.
run: --policies $CASE_DIR/../../shapes/policies batch eval rent-subsidy --input $CASE_DIR/../../shapes/rent-claims.csv --output - --summary
exit: 1
stdout:
enterprise_id,date,rent_paid,area,days,support_years_used,eligible,amount,rule,article,capped_by,payee,payable_year,note,error
E1,2026-03-01,1200000,1000,365,0,yes,600000.00,rent,第三条,,applicant,2026,,
E1,2026-09-01,1200000,1000,365,0,yes,400000.00,rent,第三条,annual,applicant,2026,"annual: 600,000.00 paid on earlier rows in 2026, last on line 2",
E2,2026-03-01,200000,500,365,,yes,100000.00,rent,第三条,,applicant,2026,not given: support_years_used; assumed received the subsidy for fewer than 3 years so far (第三条),
E3,2026-03-01,200000,500,365,3,no,0.00,,,,,,第三条 office rent subsidy: not met: received the subsidy for fewer than 3 years so far (years of rent subsidy received so far is less than 3 (不满)) [given: 3],
E4,2026-03-01,abc,500,365,0,,,,,,,,,"rent_paid: 'abc' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15"
E1,2027-03-01,400000,1000,365,1,yes,200000.00,rent,第三条,,applicant,2027,,
stderr:
hdpolicy: line 6: rent_paid: 'abc' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15
rows read: 6
rows failed: 1
rows eligible: 4
total: 1,300,000.00
by article:
  第三条 rent (办公用房租金补贴): 4 rows, 1,300,000.00
by cap:
  annual (单家企业年度租金补贴上限): 4 rows, 1,300,000.00
enterprises: 4
largest payments:
  line 2: enterprise E1, 600,000.00 (rent)
  line 3: enterprise E1, 400,000.00 (rent)
  line 7: enterprise E1, 200,000.00 (rent)
  line 4: enterprise E2, 100,000.00 (rent)
