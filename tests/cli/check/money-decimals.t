# check: a cap with three decimals
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check money-decimals.yaml
exit: 1
stdout:
money-decimals.yaml: note: 7 quotes not checked: no document.source names the text they come from
money-decimals.yaml:27:15: error: cap.amount: '500000.001' is not a positive amount in yuan with at most two decimals
stderr:
1 problem in 1 file
