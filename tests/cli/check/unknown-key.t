# check: a misspelt key: rat for rate
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check unknown-key.yaml
exit: 1
stdout:
unknown-key.yaml:39:11: error: rule 'catalogue' product 1: missing required key 'rate'
unknown-key.yaml:40:11: error: rule 'catalogue' product 1: unknown key 'rat' (accepted: rate, cite, stacks_on, types)
stderr:
2 problems in 1 file
