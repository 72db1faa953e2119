run: batch subsidy --input $POLICIES/../tests/fixtures/batch/missing-column.csv --output -
exit: 2
stdout:
stderr:
hdpolicy: error: the input has no column 'premium' (its header has: id, enterprise_id, date, type, industry)
