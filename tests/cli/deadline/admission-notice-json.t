# The JSON contract: rule, from, deadline, unit, count, provisional, cite.
run: deadline --rule renewal.admission-notice --from 2025-12-25 --format json
exit: 0
stdout:
{
  "rule": "renewal.admission-notice",
  "name": "the housing commission issues the storage-library admission notice",
  "document": "海政发〔2025〕4号",
  "from": "2025-12-25",
  "trigger": "the day the application for admission is received",
  "deadline": "2026-02-06",
  "weekday": "Friday",
  "bound": "latest",
  "unit": "workdays",
  "count": 30,
  "roll_to_workday": false,
  "period_end": "2026-02-06",
  "rolled": false,
  "provisional": false,
  "cite": {
    "document": "海政发〔2025〕4号",
    "article": "三、(一) 3. 入库确认",
    "quote": "区住房城乡建设委应当在收到入库申请之日起30个工作日内制发《北京市城市更新项目纳入储备项目库通知书》"
  },
  "notes": [],
  "hdpolicy_version": "0.1.0"
}
