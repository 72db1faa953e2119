# The cap ledger of a document in force for more than 16 years is a hash map
# of enterprise and year, not the dense table of a short window: the same
# claims (E1's two 2026 claims sharing 第三条's annual cap, its 2027 claim a new
# year) give the same rows under a copy in force to 2099.
run: sh: cp -r $CASE_DIR/../../shapes/policies long && sed -i 's/to: 2028-12-31/to: 2099-12-31/' long/rent-subsidy.yaml && grep -c 2099-12-31 long/rent-subsidy.yaml && hdpolicy --policies $CASE_DIR/../../shapes/policies batch eval rent-subsidy --input $CASE_DIR/../../shapes/rent-claims.csv --output short.csv 2>/dev/null; hdpolicy --policies long batch eval rent-subsidy --input $CASE_DIR/../../shapes/rent-claims.csv --output long.csv 2>/dev/null; cmp short.csv long.csv && grep -c ',yes,' long.csv
exit: 0
stdout:
1
4
stderr:
