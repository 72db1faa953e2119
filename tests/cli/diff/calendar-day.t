# The 2025 notice: 国庆节、中秋节 … 9月28日(周日)、10月11日(周六)上班. The copy
# drops 10月11日, which becomes an ordinary Saturday.
run: sh: cp -r "$POLICIES" new && sed -i 's/workdays: \[2025-09-28, 2025-10-11\]/workdays: [2025-09-28]/' new/calendars/cn/2025.yaml && hdpolicy diff "$POLICIES" new; hdpolicy diff "$POLICIES" new --lang zh
exit: 1
stdout:
国务院办公厅关于2025年部分节假日安排的通知(国办发明电〔2024〕12号) 国庆节、中秋节: day 2025-10-11: make-up workday (National Day and Mid-autumn Festival) → weekend rest day
1 difference
国务院办公厅关于2025年部分节假日安排的通知(国办发明电〔2024〕12号)国庆节、中秋节:日期 2025-10-11:国庆节、中秋节调休上班 → 周末休息日
共1处差异
stderr:
