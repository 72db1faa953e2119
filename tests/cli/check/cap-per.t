# A cap is kept per enterprise-year or per enterprise; anything else is named.
# The cap refused is still known by its id (as one with a bad amount, q): the
# rule naming it adds no second "unknown cap" error.
run: sh: cp -r "$CASE_DIR/../../shapes/policies" p && cp -r p q && sed -i 's/    per: enterprise-year/    per: month/' p/rent-subsidy.yaml && sed -i 's/^    amount: 1000000.00$/    amount: lots/' q/rent-subsidy.yaml && hdpolicy check p; hdpolicy check q
exit: 1
stdout:
p/rent-subsidy.yaml:53:10: error: cap 'annual': per 'month' is not accepted: enterprise-year (each calendar year) or enterprise (every year of the document together)
q/rent-subsidy.yaml:52:13: error: cap.amount: 'lots' is not a positive amount in yuan with at most two decimals
stderr:
1 problem in 5 files
1 problem in 5 files
