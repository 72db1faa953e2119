# 一次性: the enterprise was already paid once for this person
# (--received once-per-person=1), so nothing more, cut by the cap kept
# for each person_id.
run: eval job-expansion --policies $CASE_DIR/../../shapes/hiring --hire-date 2025-07-15 --birth-date 2001-03-10 --graduation-date 2023-07-15 --unemployed yes --contract yes --received once-per-person=1 --lang zh
exit: 0
stdout:
一次性扩岗补助(通用格式) (海政办发〔2025〕7号)
是否符合条件:是
金额:0.00元
规则:graduate-within-two-years (离校两年内未就业高校毕业生)
条款:第7项
封顶限额:once-per-person
收款方:applicant
兑现年度:2025
假定:
  - 未提供离校日期(--left-school-date),按毕业日期2023-07-15认定为离校日期
stderr:
