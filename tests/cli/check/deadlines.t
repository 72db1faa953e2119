# check: deadline rules: an ID defined twice across files, a zero period, an unknown unit, no citation
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check deadlines
exit: 1
stdout:
deadlines/a.yaml: note: 2 quotes not checked: no document.source names the text they come from
deadlines/b.yaml: note: 4 quotes not checked: no document.source names the text they come from
deadlines/b.yaml:13:9: error: deadline rule test.review is already defined at deadlines/a.yaml:19
deadlines/b.yaml:26:12: error: deadline test.zero.count: 0 is not a period length: use a whole number from 1 to 10000
deadlines/b.yaml:33:11: error: deadline test.unit.unit: 'fortnights' is not a unit: use workdays, days, months or years
deadlines/b.yaml:37:5: error: deadlines[3]: no citation: add cite: {article: ..., quote: "..."}
stderr:
4 problems in 2 files
