# Policy test cases follow the --received rule: at most the cap's amount
# (第四条 50万元, 第五条 300万元), each cap once, so amounts are never summed
# (fuzzing found repeated huge amounts overflowing a signed sum here too).
# The case that expects an answer with an impossible `received` fails with the
# error, naming it; the rest pass.
run: sh: printf '%s\n' 'cases:' '  - {name: at the cap, command: subsidy, input: {type: rd, premium: 80000, date: 2026-03-01, industry: ai, specialized: yes, upper_subsidy: 0, received: "catalogue=500000"}, expect: {subsidy: "0.00", capped_by: annual-cap}}' '  - {name: above the cap, command: subsidy, input: {type: rd, premium: 80000, date: 2026-03-01, received: "catalogue=500000.01"}, error: "at most 500,000.00 yuan, the amount of cap catalogue"}' '  - {name: twice, command: subsidy, input: {type: rd, premium: 80000, date: 2026-03-01, received: [catalogue=1, innovative=2, catalogue=3]}, error: "each cap once: catalogue is already given as '"'"'catalogue=1'"'"'"}' '  - {name: huge, command: subsidy, input: {type: ai-content, premium: 80000, date: 2026-03-01, received: [innovative=1000000000000000, innovative=1000000000000000]}, expect: {subsidy: "40000.00"}}' > cases.yaml && hdpolicy test cases.yaml
exit: 1
stdout:
cases.yaml:5: FAIL huge: error: received: 'innovative=1000000000000000' is not accepted: at most 3,000,000.00 yuan, the amount of cap innovative (第五条: innovative products, annual limit per enterprise)
3 passed, 1 failed
stderr:
