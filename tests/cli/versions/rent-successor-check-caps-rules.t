# A successor must keep the caps and rules of the first version (ids, in order; a cap its period,
# as the versions share its ledger): one whose annual cap is kept per enterprise over every year
# instead of per year, and one whose rule rent is renamed office-rent, are refused (the exit, 1, as in rent-successor-check.t).
run: sh: bash "$CASE_DIR/../../versions/add-rent-successor.sh" && cd "$CASE_TMP" && cp policies/rent-subsidy-2028.yaml kept.yaml && sed -i "s/^    per: enterprise-year\$/    per: enterprise/" policies/rent-subsidy-2028.yaml && hdpolicy check --policies policies 2>&1 | grep error; sed "s/^  - id: rent\$/  - id: office-rent/" kept.yaml > policies/rent-subsidy-2028.yaml && hdpolicy check --policies policies 2>&1 | grep error
exit: 0
stdout:
policies/rent-subsidy-2028.yaml:13:5: error: policy rent-subsidy: 示例租〔2027〕9号 (policies/rent-subsidy-2028.yaml) differs from 示例租〔2026〕1号 (policies/rent-subsidy.yaml) in its caps: 'annual' is declared otherwise: successive versions of a policy take the same facts, caps and rules, in the same order (a policy of other facts or rules is a new id)
policies/rent-subsidy-2028.yaml:13:5: error: policy rent-subsidy: 示例租〔2027〕9号 (policies/rent-subsidy-2028.yaml) differs from 示例租〔2026〕1号 (policies/rent-subsidy.yaml) in its rules: 'office-rent' where the other has 'rent': successive versions of a policy take the same facts, caps and rules, in the same order (a policy of other facts or rules is a new id)
