# check: two versions of a hiring policy (the same ID in two documents) covering the same hires
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check hiring
exit: 1
stdout:
hiring/a.yaml: note: 15 quotes not checked: no document.source names the text they come from
hiring/b.yaml: note: 15 quotes not checked: no document.source names the text they come from
hiring/b.yaml:49:5: error: hiring: 测试〔2025〕9号 'job-expansion' (hiring/b.yaml) is in force from 2025-01-01 to 2025-12-31, overlapping 海政办发〔2025〕7号 'job-expansion' (hiring/a.yaml, in force from 2025-01-01 to 2025-12-31) on 2025-01-01 to 2025-12-31 (365 days): successive versions of a policy must not overlap
stderr:
1 problem in 2 files
