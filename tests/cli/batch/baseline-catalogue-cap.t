# The cost of raising 第四条's catalogue cap from 500,000 to 600,000 a year
# (the current policies: a copy of the shipped ones with that one number
# changed), against the shipped policies as --baseline. 海金融发〔2025〕4号
# 第四条: "最高按照实际支付保费50%给予……保费补贴,单家企业年度补贴上限50万元".
# Three R&D-insurance claims (研发类, in the catalogue) by one specialized AI
# enterprise in 2025, caps accumulating separately under each set:
#   R1 premium 800,000: 50% = 400,000, under both caps -> 400,000 / 400,000, change 0.00
#   R2 premium 300,000: 50% = 150,000; baseline room 500,000 - 400,000 = 100,000
#      -> 100,000; current room 600,000 - 400,000 = 200,000 -> 150,000; +50,000
#   R3 premium 200,000: 50% = 100,000; baseline room 500,000 - 500,000 = 0 -> 0.00;
#      current room 600,000 - 550,000 = 50,000 -> 50,000 (cut); +50,000
# Totals 500,000 -> 600,000, +100,000, all under 第四条 and the catalogue cap;
# 2 claims gain, 1 the same; the one enterprise gains.
run: sh: cp -r "$POLICIES" cap600 && sed -i 's/amount: 500000.00/amount: 600000.00/' cap600/tech-insurance.yaml && printf 'id,enterprise_id,date,type,premium,industry,specialized,upper_subsidy\nR1,E1,2025-10-01,rd,800000,ai,yes,0\nR2,E1,2025-11-01,rd,300000,ai,yes,0\nR3,E1,2025-12-01,rd,200000,ai,yes,0\n' > three.csv && hdpolicy batch subsidy --policies cap600 --baseline "$POLICIES" --input three.csv --output out.csv --summary 2>&1 | grep -v 'warning: no column' && cat out.csv
exit: 0
stdout:
rows read: 3
rows failed: 0
rows eligible: 3
total: 600,000.00
by article:
  第三条 (inclusive): 0 rows, 0.00
  第四条 (catalogue): 3 rows, 600,000.00
  第五条 (innovative): 0 rows, 0.00
by cap:
  inclusive: 0 rows, 0.00
  catalogue: 3 rows, 600,000.00
  innovative: 0 rows, 0.00
enterprises: 1
largest payments:
  line 2: id R1, enterprise E1, 400,000.00 (第四条)
  line 3: id R2, enterprise E1, 150,000.00 (第四条)
  line 4: id R3, enterprise E1, 50,000.00 (第四条)
change from the baseline (--baseline), over the rows answered:
  baseline total: 500,000.00
  current total: 600,000.00
  total change: +100,000.00
  change by article:
    第三条 (inclusive): 0.00 -> 0.00, 0.00
    第四条 (catalogue): 500,000.00 -> 600,000.00, +100,000.00
    第五条 (innovative): 0.00 -> 0.00, 0.00
  change by cap:
    inclusive: 0.00 -> 0.00, 0.00
    catalogue: 500,000.00 -> 600,000.00, +100,000.00
    innovative: 0.00 -> 0.00, 0.00
  claims: 2 gain, 0 lose, 1 same
  enterprises: 1 gain, 0 lose, 0 same
  largest changes:
    line 3: id R2, enterprise E1, 100,000.00 -> 150,000.00, +50,000.00
    line 4: id R3, enterprise E1, 0.00 -> 50,000.00, +50,000.00
id,enterprise_id,date,type,premium,industry,specialized,upper_subsidy,eligible,subsidy,article,capped_by,payee,payable_year,note,error,baseline_subsidy,change
R1,E1,2025-10-01,rd,800000,ai,yes,0,yes,400000.00,4,,applicant,2026,,,400000.00,0.00
R2,E1,2025-11-01,rd,300000,ai,yes,0,yes,150000.00,4,,applicant,2026,,,100000.00,+50000.00
R3,E1,2025-12-01,rd,200000,ai,yes,0,yes,50000.00,4,annual-cap,applicant,2026,"cut by cap catalogue 600000.00 (第四条), 550000.00 used earlier in 2025",,0.00,+50000.00
stderr:
