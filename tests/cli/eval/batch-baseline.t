# batch eval --baseline: the rent subsidy (第三条 "实际支付租金的50%", "每年补贴金额不超过100万元")
# against a baseline paying 40% within 800,000 a year. E1's first 2026 claim:
# 1,200,000 x 50% = 600,000 against 1,200,000 x 40% = 480,000; its second is cut by
# each set's own annual cap (1,000,000 - 600,000 = 400,000; 800,000 - 480,000 =
# 320,000); E2 100,000 against 80,000; E3 is paid by neither; E4's bad amount fails
# the row, named as the current policies refuse it, and is charged to neither; E1's
# 2027 claim starts a new year under both (200,000 against 160,000).
# A row a cap cut says, in its note, what earlier rows were paid under that cap and the last line.
run: sh: cp -r $CASE_DIR/../../shapes/policies base && sed -i 's/rate: 50%/rate: 40%/; s/amount: 1000000.00/amount: 800000.00/' base/rent-subsidy.yaml && hdpolicy --policies $CASE_DIR/../../shapes/policies batch eval rent-subsidy --input $CASE_DIR/../../shapes/rent-claims.csv --output - --baseline base --summary 2>&1
exit: 1
stdout:
enterprise_id,date,rent_paid,area,days,support_years_used,eligible,amount,rule,article,capped_by,payee,payable_year,note,error,baseline_amount,change
E1,2026-03-01,1200000,1000,365,0,yes,600000.00,rent,第三条,,applicant,2026,,,480000.00,+120000.00
E1,2026-09-01,1200000,1000,365,0,yes,400000.00,rent,第三条,annual,applicant,2026,"annual: 600,000.00 paid on earlier rows in 2026, last on line 2",,320000.00,+80000.00
E2,2026-03-01,200000,500,365,,yes,100000.00,rent,第三条,,applicant,2026,not given: support_years_used; assumed received the subsidy for fewer than 3 years so far (第三条),,80000.00,+20000.00
E3,2026-03-01,200000,500,365,3,no,0.00,,,,,,第三条 office rent subsidy: not met: received the subsidy for fewer than 3 years so far (years of rent subsidy received so far is less than 3 (不满)) [given: 3],,0.00,0.00
E4,2026-03-01,abc,500,365,0,,,,,,,,,"rent_paid: 'abc' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15",,
E1,2027-03-01,400000,1000,365,1,yes,200000.00,rent,第三条,,applicant,2027,,,160000.00,+40000.00
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
change from the baseline (--baseline), over the rows answered:
  baseline total: 1,040,000.00
  current total: 1,300,000.00
  total change: +260,000.00
  change by article:
    第三条 rent (办公用房租金补贴): 1,040,000.00 -> 1,300,000.00, +260,000.00
  change by cap:
    annual (单家企业年度租金补贴上限): 1,040,000.00 -> 1,300,000.00, +260,000.00
  claims: 4 gain, 0 lose, 1 same
  enterprises: 2 gain, 0 lose, 1 same
  largest changes:
    line 2: enterprise E1, 480,000.00 -> 600,000.00, +120,000.00
    line 3: enterprise E1, 320,000.00 -> 400,000.00, +80,000.00
    line 7: enterprise E1, 160,000.00 -> 200,000.00, +40,000.00
    line 4: enterprise E2, 80,000.00 -> 100,000.00, +20,000.00
stderr:
