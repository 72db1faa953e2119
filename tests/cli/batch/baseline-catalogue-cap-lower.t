# The same three claims the other way round: the shipped policies (cap
# 500,000, 第四条) against a baseline whose catalogue cap is 600,000. The
# change is signed: R1 400,000 under both (0.00), R2 100,000 against 150,000
# (-50,000.00), R3 0.00 against 50,000 (-50,000.00): 2 claims lose, 1 the
# same, the enterprise loses 100,000. The JSON summary carries the same, and
# the rows, as JSON Lines, the two columns.
run: sh: cp -r "$POLICIES" cap600 && sed -i 's/amount: 500000.00/amount: 600000.00/' cap600/tech-insurance.yaml && printf 'id,enterprise_id,date,type,premium,industry,specialized,upper_subsidy\nR1,E1,2025-10-01,rd,800000,ai,yes,0\nR2,E1,2025-11-01,rd,300000,ai,yes,0\nR3,E1,2025-12-01,rd,200000,ai,yes,0\n' > three.csv && hdpolicy batch subsidy --baseline cap600 --input three.csv --output out.csv --summary --format json 2>&1 | sed -n '/"change": {/,/^  },/p' && cat out.csv
exit: 0
stdout:
  "change": {
    "baseline": "600000.00",
    "current": "500000.00",
    "change": "-100000.00",
    "by_article": [
      {
        "label": "第三条 (inclusive)",
        "baseline": "0.00",
        "current": "0.00",
        "change": "0.00"
      },
      {
        "label": "第四条 (catalogue)",
        "baseline": "600000.00",
        "current": "500000.00",
        "change": "-100000.00"
      },
      {
        "label": "第五条 (innovative)",
        "baseline": "0.00",
        "current": "0.00",
        "change": "0.00"
      }
    ],
    "by_cap": [
      {
        "label": "inclusive",
        "baseline": "0.00",
        "current": "0.00",
        "change": "0.00"
      },
      {
        "label": "catalogue",
        "baseline": "600000.00",
        "current": "500000.00",
        "change": "-100000.00"
      },
      {
        "label": "innovative",
        "baseline": "0.00",
        "current": "0.00",
        "change": "0.00"
      }
    ],
    "claims": {
      "gain": 0,
      "lose": 2,
      "same": 1
    },
    "enterprises": {
      "gain": 0,
      "lose": 1,
      "same": 0
    },
    "largest": [
      {
        "line": 3,
        "id": "R2",
        "enterprise_id": "E1",
        "baseline": "150000.00",
        "current": "100000.00",
        "change": "-50000.00"
      },
      {
        "line": 4,
        "id": "R3",
        "enterprise_id": "E1",
        "baseline": "50000.00",
        "current": "0.00",
        "change": "-50000.00"
      }
    ]
  },
{"id":"R1","enterprise_id":"E1","date":"2025-10-01","type":"rd","premium":"800000","industry":"ai","specialized":"yes","upper_subsidy":"0","eligible":"yes","subsidy":"400000.00","article":"4","capped_by":"","payee":"applicant","payable_year":"2026","note":"","error":"","baseline_subsidy":"400000.00","change":"0.00"}
{"id":"R2","enterprise_id":"E1","date":"2025-11-01","type":"rd","premium":"300000","industry":"ai","specialized":"yes","upper_subsidy":"0","eligible":"yes","subsidy":"100000.00","article":"4","capped_by":"annual-cap","payee":"applicant","payable_year":"2026","note":"cut by cap catalogue 500000.00 (第四条), 400000.00 used earlier in 2025","error":"","baseline_subsidy":"150000.00","change":"-50000.00"}
{"id":"R3","enterprise_id":"E1","date":"2025-12-01","type":"rd","premium":"200000","industry":"ai","specialized":"yes","upper_subsidy":"0","eligible":"yes","subsidy":"0.00","article":"4","capped_by":"annual-cap","payee":"applicant","payable_year":"2026","note":"cut by cap catalogue 500000.00 (第四条), 500000.00 used earlier in 2025","error":"","baseline_subsidy":"50000.00","change":"-50000.00"}
stderr:
