# A copy of the shipped cases with one expected value changed: 1 failed, exit 1
run: sh: sed '0,/subsidy: "40000.00", article: "4", assumptions: \[\]/s//subsidy: "40000.01", article: "4", assumptions: []/' "$POLICIES/tests/subsidy.yaml" > subsidy.yaml && hdpolicy test subsidy.yaml
exit: 1
stdout:
subsidy.yaml:8: FAIL 第二条 a key industry given by its Chinese name is in scope: subsidy: expected 40000.01, got 40000.00
63 passed, 1 failed
stderr:
