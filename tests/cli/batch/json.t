# --format json: one JSON object per row (JSON Lines) and the summary as JSON.
run: batch subsidy --input $POLICIES/../tests/fixtures/batch/caps.csv --output - --format json --summary
exit: 0
stdout-contains:
{"enterprise_id":"E1","id":"C1","type":"rd","date":"2025-10-01","premium":"600000","specialized":"yes","industry":"ai","upper_subsidy":"0","employees":"300","revenue":"50000000","high_tech_year":"","support_years_used":"","office_remark":"first claim","eligible":"yes","subsidy":"300000.00","article":"4","capped_by":"","payee":"applicant","payable_year":"2026","note":"","error":""}
"note":"cut by cap catalogue 500000.00 (第四条), 300000.00 used earlier in 2025"
stderr-contains:
"rows": 10,
"total": "3622500.00",
"enterprises": 3,
