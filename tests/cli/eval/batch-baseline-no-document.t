# --baseline names a directory without the document: the run stops before a row, naming what is there.
run: --policies $CASE_DIR/../../shapes/policies batch eval rent-subsidy --input $CASE_DIR/../../shapes/rent-claims.csv --output - --baseline $POLICIES
exit: 2
stdout:
stderr:
hdpolicy: error: --baseline: no document with the id rent-subsidy is in the baseline (none is loaded)
