# Annual caps accumulate per enterprise and calendar year in input order;
# columns in any order; an extra column passes through. Expected file worked by hand.
run: sh: hdpolicy batch subsidy --input "$POLICIES/../tests/fixtures/batch/caps.csv" --output out.csv --summary && cmp out.csv "$POLICIES/../tests/fixtures/batch/caps.expected.csv" && echo same
exit: 0
stdout:
same
stderr:
rows read: 10
rows failed: 0
rows eligible: 10
total: 3,622,500.00
by article:
  第三条 (inclusive): 2 rows, 2,500.00
  第四条 (catalogue): 6 rows, 620,000.00
  第五条 (innovative): 2 rows, 3,000,000.00
by cap:
  inclusive: 2 rows, 2,500.00
  catalogue: 6 rows, 620,000.00
  innovative: 2 rows, 3,000,000.00
enterprises: 3
largest payments:
  line 7: id C6, enterprise E2, 3,000,000.00 (第五条)
  line 2: id C1, enterprise E1, 300,000.00 (第四条)
  line 4: id C3, enterprise E1, 200,000.00 (第四条)
  line 3: id C2, enterprise E2, 50,000.00 (第四条)
  line 6: id C5, enterprise E1, 40,000.00 (第四条)
