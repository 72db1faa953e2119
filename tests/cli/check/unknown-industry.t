# check: a scope naming an undefined industry
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check unknown-industry.yaml
exit: 1
stdout:
unknown-industry.yaml: note: 7 quotes not checked: no document.source names the text they come from
unknown-industry.yaml:21:14: error: subsidy.scope.in: 'biotech' is not a defined industry
stderr:
1 problem in 1 file
