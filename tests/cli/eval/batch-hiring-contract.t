# batch eval of the hiring subsidy declared as data (document.contract:
# hiring), named by its id, writes what `batch hiring` writes of
# examples/hires.csv (each row worked by hand in tests/cli/batch/hiring.t):
# the same file, and a missing document is named among those loaded. It is
# not planned as a document of declared shape (as the hiring command is not:
# each hire is paid once, there is no choice among rules to weigh).
run: sh: cp -r "$POLICIES" p && rm p/tech-insurance.yaml p/urban-renewal.yaml && hdpolicy --policies p batch eval hiring-subsidy --input "$EXAMPLES/hires.csv" --output a.csv 2>/dev/null; echo "exit $?"; cmp a.csv "$POLICIES/../tests/fixtures/batch/hires.expected.csv" && echo same; hdpolicy --policies p batch eval rent-subsidy --input "$EXAMPLES/hires.csv" --output a.csv; echo "exit $?"; hdpolicy --policies p plan hiring-subsidy --input "$EXAMPLES/hires.csv"; echo "exit $?"
exit: 0
stdout:
exit 1
same
exit 2
exit 2
stderr:
hdpolicy: error: POLICY: 'rent-subsidy' is not accepted: the id or number of a document with an amount to compute (hiring-subsidy)
hdpolicy: error: POLICY: 'hiring-subsidy' is not accepted: a document of declared shape (none is loaded), or tech-insurance
