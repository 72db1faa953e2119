# check: a hiring policy ID defined twice across files
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check hiring
exit: 1
stdout:
hiring/a.yaml: note: 15 quotes not checked: no document.source names the text they come from
hiring/b.yaml: note: 15 quotes not checked: no document.source names the text they come from
hiring/b.yaml:37:3: error: hiring policy 'job-expansion' is already defined (document 海政办发〔2025〕7号)
stderr:
1 problem in 2 files
