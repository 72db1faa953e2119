# check: a rate of 150%: rates are in (0, 1]
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check rate-above-one.yaml
exit: 1
stdout:
rate-above-one.yaml: note: 7 quotes not checked: no document.source names the text they come from
rate-above-one.yaml:40:17: error: rule 'catalogue' product 1.rate: '150%' is not a rate in (0, 1]: write 50% or 0.5
stderr:
1 problem in 1 file
