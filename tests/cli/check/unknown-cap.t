# check: a limit naming an undefined cap
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check unknown-cap.yaml
exit: 1
stdout:
unknown-cap.yaml: note: 7 quotes not checked: no document.source names the text they come from
unknown-cap.yaml:43:16: error: rule 'catalogue': unknown cap 'catalog' (defined: catalogue)
stderr:
1 problem in 1 file
