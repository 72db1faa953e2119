# check: deadline rules: one ID in two documents whose windows overlap (two versions in force at once), a zero period, an unknown unit, no citation
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check deadlines
exit: 1
stdout:
deadlines/a.yaml: note: 2 quotes not checked: no document.source names the text they come from
deadlines/b.yaml: note: 4 quotes not checked: no document.source names the text they come from
deadlines/b.yaml:9:5: error: deadline rule test.review: 测试〔2025〕3号 (deadlines/b.yaml) is in force from 2025-07-01 to 9999-12-31, overlapping 测试〔2025〕2号 (deadlines/a.yaml, in force from 2025-07-01 to 9999-12-31) on 2025-07-01 to 9999-12-31 (2912627 days): successive versions of a policy must not overlap
deadlines/b.yaml:26:12: error: deadline test.zero.count: 0 is not a period length: use a whole number from 1 to 10000
deadlines/b.yaml:33:11: error: deadline test.unit.unit: 'fortnights' is not a unit: use workdays, days, months or years
deadlines/b.yaml:37:5: error: deadlines[3]: no citation: add cite: {article: ..., quote: "..."}
stderr:
4 problems in 2 files
