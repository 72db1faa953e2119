# batch eval of the job-expansion shape on examples/hires.csv: 7 of 11 rows
# eligible at 1,000 yuan each (第7项), P001 hired twice by E001 paid once
# (line 4: 0.00, cut by once-per-person), 6,000.00 in all, as batch hiring
# says; the largest payments name each row's person.
# A row a cap cut says, in its note, what earlier rows were paid under that cap and the last line.
run: sh: hdpolicy batch eval job-expansion --policies "$CASE_DIR/../../shapes/hiring" --input "$POLICIES/../examples/hires.csv" --output out.csv --summary; echo "exit $?"; sed -n 4p out.csv
exit: 0
stdout:
exit 1
E001,P001,张伟,2025-09-01,2002-05-10,,2025-06-30,,,,yes,yes,0.00,graduation-year,第7项,once-per-person,applicant,2025,"once-per-person: paid 1 time on earlier rows for this person_id, last on line 2",
stderr:
hdpolicy: line 11: hire_date: '2025-11-04' is not accepted: a date on or after birth_date (2030-01-01)
rows read: 11
rows failed: 1
rows eligible: 7
total: 6,000.00
by article:
  第7项 graduation-year (毕业年度高校毕业生): 5 rows, 4,000.00
  第7项 graduate-within-two-years (离校两年内未就业高校毕业生): 1 row, 1,000.00
  第7项 registered-unemployed-youth (16—24岁登记失业青年): 1 row, 1,000.00
by cap:
  once-per-person (一次性扩岗补助每人一次): 7 rows, 6,000.00
enterprises: 3
largest payments:
  line 2: id P001, enterprise E001, 1,000.00 (graduation-year)
  line 3: id P002, enterprise E001, 1,000.00 (graduate-within-two-years)
  line 5: id P003, enterprise E002, 1,000.00 (registered-unemployed-youth)
  line 8: id P001, enterprise E003, 1,000.00 (graduation-year)
  line 9: id P006, enterprise E003, 1,000.00 (graduation-year)
