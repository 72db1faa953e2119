# 满一年 from 29 February: no 29 February in 2025, so the month's last day (第二百零二条).
# The trigger is before the guide took effect (2025-07-01), which is noted, not refused.
run: deadline --rule renewal.library-exit --from 2024-02-29 --format json
exit: 0
stdout:
{
  "rule": "renewal.library-exit",
  "name": "the project leaves the urban-renewal project library after a full year",
  "document": "海政发〔2025〕4号",
  "from": "2024-02-29",
  "trigger": "the day the project passes completion acceptance",
  "deadline": "2025-02-28",
  "weekday": "Friday",
  "bound": "latest",
  "unit": "years",
  "count": 1,
  "roll_to_workday": false,
  "period_end": "2025-02-28",
  "rolled": false,
  "provisional": false,
  "cite": {
    "document": "海政发〔2025〕4号",
    "article": "五、(七) 项目库退出",
    "quote": "竣工且自竣工验收合格之日起满一年的项目,退出城市更新项目库。"
  },
  "notes": [
    "2024-02-29 is before the period in which 海政发〔2025〕4号 applies (from 2025-07-01)"
  ],
  "hdpolicy_version": "0.1.0"
}
