# check: a product naming an undefined type
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check unknown-type.yaml
exit: 1
stdout:
unknown-type.yaml: note: 7 quotes not checked: no document.source names the text they come from
unknown-type.yaml:39:23: error: rule 'catalogue' product 1: unknown type 'pet' (defined: rd)
stderr:
1 problem in 1 file
