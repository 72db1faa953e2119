# check: a rate of 0%: rates are in (0, 1]
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check rate-zero.yaml
exit: 1
stdout:
rate-zero.yaml: note: 7 quotes not checked: no document.source names the text they come from
rate-zero.yaml:40:17: error: rule 'catalogue' product 1.rate: '0%' is not a rate in (0, 1]: write 50% or 0.5
stderr:
1 problem in 1 file
