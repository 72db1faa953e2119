# check: a required key left out
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check missing-key.yaml
exit: 1
stdout:
missing-key.yaml: note: 7 quotes not checked: no document.source names the text they come from
missing-key.yaml:3:3: error: document: missing required key 'issuer'
stderr:
1 problem in 1 file
