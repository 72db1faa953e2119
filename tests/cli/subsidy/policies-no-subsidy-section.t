# Policy documents without a subsidy: section (here only the urban-renewal
# guide): said so, instead of "--type: 'rd' is not accepted: one of " and an
# empty list; the batch refuses before reading a row.
run: sh: mkdir p && cp "$POLICIES/urban-renewal.yaml" p/ && printf 'id,enterprise_id,date,type,premium\nA1,E1,2026-03-01,rd,1\n' > in.csv && hdpolicy --policies p subsidy --type rd --premium 1; echo "exit $?"; hdpolicy --policies p batch subsidy --input in.csv --output out.csv; echo "exit $?"
stdout:
exit 2
exit 2
stderr:
hdpolicy: error: subsidy: no policy with a subsidy: section is loaded
hdpolicy: error: batch subsidy: no policy with a subsidy: section is loaded
