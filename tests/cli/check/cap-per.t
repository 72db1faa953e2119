# A cap is kept per enterprise-year or per enterprise; anything else is named.
run: sh: cp -r "$CASE_DIR/../../shapes/policies" p && sed -i 's/    per: enterprise-year/    per: month/' p/rent-subsidy.yaml && hdpolicy check p
exit: 1
stdout:
p/rent-subsidy.yaml:53:10: error: cap 'annual': per 'month' is not accepted: enterprise-year (each calendar year) or enterprise (every year of the document together)
p/rent-subsidy.yaml:80:14: error: rule 'rent' limits[1]: unknown cap 'annual' (defined: none)
stderr:
2 problems in 5 files
