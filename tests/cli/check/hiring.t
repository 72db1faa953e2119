# check: two versions of the hiring subsidy (the same id in two documents) covering the same hires
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check hiring
exit: 1
stdout:
hiring/a.yaml: note: 21 quotes not checked: no document.source names the text they come from
hiring/b.yaml: note: 21 quotes not checked: no document.source names the text they come from
hiring/b.yaml:39:5: error: policy hiring-subsidy: 测试〔2025〕9号 (hiring/b.yaml) is in force from 2025-01-01 to 2025-12-31, overlapping 海政办发〔2025〕7号 (hiring/a.yaml, in force from 2025-01-01 to 2025-12-31) on 2025-01-01 to 2025-12-31 (365 days): successive versions of a policy must not overlap
stderr:
1 problem in 2 files
