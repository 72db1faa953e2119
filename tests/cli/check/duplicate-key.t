# check: a key given twice in one mapping (yaml-cpp silently keeps one)
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check duplicate-key.yaml
exit: 1
stdout:
duplicate-key.yaml: note: 7 quotes not checked: no document.source names the text they come from
duplicate-key.yaml:41:11: error: duplicate key 'rate' (first at line 40): only one of them would be used
stderr:
1 problem in 1 file
