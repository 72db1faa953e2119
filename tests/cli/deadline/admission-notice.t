# The issue's second example. Application received Thursday 2025-12-25 (not
# counted): Dec 26, 29, 30, 31 (4); 2026-01-01..03 New Year rest; Sunday 01-04 a
# make-up workday (5); Jan 5-9, 12-16, 19-23, 26-30 (25); Feb 2-6 (30).
run: deadline --rule renewal.admission-notice --from 2025-12-25
exit: 0
stdout:
2026-02-06
renewal.admission-notice: the housing commission issues the storage-library admission notice
  Last day: 2026-02-06, Friday
  From: 2025-12-25 (the day the application for admission is received); that day is not counted (民法典 第二百零一条)
  Period: 30 workdays
  Workdays follow the State Council arrangement, make-up workdays included
  Rule: 海政发〔2025〕4号 三、(一) 3. 入库确认: 「区住房城乡建设委应当在收到入库申请之日起30个工作日内制发《北京市城市更新项目纳入储备项目库通知书》」
