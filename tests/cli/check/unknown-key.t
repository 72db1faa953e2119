# check: a misspelt key: rat for rate
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check unknown-key.yaml
exit: 1
stdout:
unknown-key.yaml: note: 7 quotes not checked: no document.source names the text they come from
unknown-key.yaml:39:11: error: rule 'catalogue' product 1: missing required key 'rate'
unknown-key.yaml:40:11: error: rule 'catalogue' product 1: unknown key 'rat' (accepted: rate, cite, stacks_on, types)
stderr:
2 problems in 1 file
