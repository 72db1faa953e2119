# examples/hires.csv, each row worked by hand against 海政办发〔2025〕7号 第7项:
# P001 is paid once by E001 (line 4 gets 0.00 and a note naming line 2) and
# once by E003; 赵磊 is 30 and not a college graduate (graduate no); 刘洋 was
# hired in 2026; 陈静's contract is assumed; 周敏's hire date is before her
# birth date (a row error, so exit 1); 吴刚 is 27 and nothing says whether he is
# a college graduate, so he is paid as one in the graduation year, on that
# assumption (named in the note).
run: sh: hdpolicy batch hiring --input "$EXAMPLES/hires.csv" --output out.csv --summary; echo "exit $?"; cmp out.csv "$POLICIES/../tests/fixtures/batch/hires.expected.csv" && echo same
stdout:
exit 1
same
stderr:
hdpolicy: line 11: hire_date: '2025-11-04' is not accepted: a date on or after birth_date (2030-01-01)
rows read: 11
rows failed: 1
rows eligible: 7
total: 6,000.00
by category:
  graduation-year (毕业年度高校毕业生): 4 rows, 4,000.00
  graduate-within-two-years (离校两年内未就业高校毕业生): 1 row, 1,000.00
  registered-unemployed-youth (16—24岁登记失业青年): 1 row, 1,000.00
enterprises: 3
largest payments:
  line 2: id P001, enterprise E001, 1,000.00 (graduation-year)
  line 3: id P002, enterprise E001, 1,000.00 (graduate-within-two-years)
  line 5: id P003, enterprise E002, 1,000.00 (registered-unemployed-youth)
  line 8: id P001, enterprise E003, 1,000.00 (graduation-year)
  line 9: id P006, enterprise E003, 1,000.00 (graduation-year)
