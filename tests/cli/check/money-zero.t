# check: a cap of 0.00: amounts are positive
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check money-zero.yaml
exit: 1
stdout:
money-zero.yaml: note: 7 quotes not checked: no document.source names the text they come from
money-zero.yaml:27:15: error: cap.amount: '0.00' is not a positive amount in yuan with at most two decimals
stderr:
1 problem in 1 file
