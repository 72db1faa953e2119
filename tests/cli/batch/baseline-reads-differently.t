# The two sets need not read rows alike. The current policies are a copy
# with one more industry (quantum) in 第二条's list; the shipped ones, as
# --baseline, do not know it. Q1 (ai, R&D insurance, 80,000: 50% = 40,000
# under 第四条 in both) is compared: 0.00. Q2 names quantum: the baseline
# cannot read it, so the row fails (its error says why, under --baseline)
# and is compared under neither set; a failed row uses no cap.
run: sh: cp -r "$POLICIES" quantum && sed -i 's/^\( *\)- {id: ai, zh: 人工智能, en: artificial intelligence}$/&\n\1- {id: quantum, zh: 量子信息, en: quantum information}/' quantum/tech-insurance.yaml && printf 'id,enterprise_id,date,type,premium,industry,specialized,upper_subsidy\nQ1,E1,2025-10-01,rd,80000,ai,yes,0\nQ2,E2,2025-10-01,rd,80000,quantum,yes,0\n' > q.csv && hdpolicy batch subsidy --policies quantum --baseline "$POLICIES" --input q.csv --output out.csv --summary 2>&1 | grep -v 'warning: no column' | sed -n '1p;/^change from/,$p'; cat out.csv
exit: 0
stdout:
hdpolicy: line 3: under --baseline: industry: 'quantum' is not accepted: one of ai, next-gen-it, ic, pharma-health, smart-equipment, energy-saving-env, new-materials, connected-vehicles, commercial-space, low-altitude, other (or its Chinese name)
change from the baseline (--baseline), over the rows answered:
  baseline total: 40,000.00
  current total: 40,000.00
  total change: 0.00
  change by article:
    第三条 (inclusive): 0.00 -> 0.00, 0.00
    第四条 (catalogue): 40,000.00 -> 40,000.00, 0.00
    第五条 (innovative): 0.00 -> 0.00, 0.00
  change by cap:
    inclusive: 0.00 -> 0.00, 0.00
    catalogue: 40,000.00 -> 40,000.00, 0.00
    innovative: 0.00 -> 0.00, 0.00
  claims: 0 gain, 0 lose, 1 same
  enterprises: 0 gain, 0 lose, 1 same
id,enterprise_id,date,type,premium,industry,specialized,upper_subsidy,eligible,subsidy,article,capped_by,payee,payable_year,note,error,baseline_subsidy,change
Q1,E1,2025-10-01,rd,80000,ai,yes,0,yes,40000.00,4,,applicant,2026,,,40000.00,0.00
Q2,E2,2025-10-01,rd,80000,quantum,yes,0,,,,,,,,"under --baseline: industry: 'quantum' is not accepted: one of ai, next-gen-it, ic, pharma-health, smart-equipment, energy-saving-env, new-materials, connected-vehicles, commercial-space, low-altitude, other (or its Chinese name)",,
stderr:
