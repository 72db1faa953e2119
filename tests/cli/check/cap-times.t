# A cap is an amount or a number of times (1 to 1000), not both. The cap
# refused is still known by its id: the rule naming it adds no second error.
run: sh: cp -r "$CASE_DIR/../../shapes/stacked" p && cp -r p q && sed -i 's/    times: 1$/    times: 0/' p/landing-support.yaml && sed -i 's/    times: 1$/    times: 1\n    amount: 500000.00/' q/landing-support.yaml && hdpolicy check p; hdpolicy check q
exit: 1
stdout:
p/landing-support.yaml:44:12: error: cap 'settling-once': times is a whole number from 1 to 1000
q/landing-support.yaml:45:13: error: cap 'settling-once': an amount or a number of times, not both
stderr:
1 problem in 2 files
1 problem in 2 files
