# batch eval charges each stacked rule to the caps and to its article: E1
# gets 700,000 (500,000 + 200,000) in March 2026, so its September claim
# (2,000,000 x 20% = 400,000) is cut to the 300,000 left; 2027 starts the
# annual cap afresh, but 第二条 is paid once per enterprise (限享受一次, per:
# enterprise): cut to 0, 第三条 200,000; E2 100,000. Total 1,300,000:
# 第二条 1 row 500,000 (the rule cut to nothing is not counted), 第三条
# 4 rows 200,000 + 300,000 + 100,000 + 200,000 = 800,000.
# A row a cap cut says, in its note, what earlier rows were paid under that cap and the last line.
run: --policies $CASE_DIR/../../shapes/stacked batch eval landing-support --input $CASE_DIR/../../shapes/stacked/claims.csv --output - --summary
exit: 0
stdout:
enterprise_id,date,newly_settled,equipment_cost,eligible,amount,rule,article,capped_by,payee,payable_year,note,error
E1,2026-03-01,yes,1000000,yes,700000.00,settling+equipment,第二条+第三条,,applicant,2026,,
E1,2026-09-01,no,2000000,yes,300000.00,equipment,第三条,annual,applicant,2026,"annual: 700,000.00 paid on earlier rows in 2026, last on line 2",
E2,2026-03-01,no,500000,yes,100000.00,equipment,第三条,,applicant,2026,,
E1,2027-03-01,yes,1000000,yes,200000.00,settling+equipment,第二条+第三条,settling-once,applicant,2027,"settling-once: paid 1 time on earlier rows, last on line 2",
stderr:
rows read: 4
rows failed: 0
rows eligible: 4
total: 1,300,000.00
by article:
  第二条 settling (落户奖励): 1 row, 500,000.00
  第三条 equipment (研发设备补贴): 4 rows, 800,000.00
by cap:
  annual (单家企业年度支持合计上限): 4 rows, 1,300,000.00
  settling-once (落户奖励同一企业限享受一次): 1 row, 500,000.00
enterprises: 2
largest payments:
  line 2: enterprise E1, 700,000.00 (settling+equipment)
  line 3: enterprise E1, 300,000.00 (equipment)
  line 5: enterprise E1, 200,000.00 (settling+equipment)
  line 4: enterprise E2, 100,000.00 (equipment)
