# Versions of one id must not overlap (a claim would depend on file order) and must take the
# same facts, caps and rules: a successor from 2027-06-01 overlaps 示例租〔2026〕1号 for 214 days
# (2027-06-01 to 2027-12-31), and one with a fact staff before days is refused; check exits 1.
run: sh: bash "$CASE_DIR/../../versions/add-rent-successor.sh" 2027-06-01 && sed -i "s/^  - id: days\$/  - id: staff\n    kind: count\n    label: {zh: 员工人数, en: staff}\n  - id: days/" "$CASE_TMP/policies/rent-subsidy-2028.yaml" && cd "$CASE_TMP" && hdpolicy check --policies policies 2>&1
exit: 1
stdout:
policies/rent-subsidy-2028.yaml: note: 7 quotes not checked: no document.source names the text they come from
policies/rent-subsidy-2028.yaml:13:5: error: policy rent-subsidy: 示例租〔2027〕9号 (policies/rent-subsidy-2028.yaml) differs from 示例租〔2026〕1号 (policies/rent-subsidy.yaml) in its facts: 'staff' where the other has 'days': successive versions of a policy take the same facts, caps and rules, in the same order (a policy of other facts or rules is a new id)
policies/rent-subsidy-2028.yaml:13:5: error: policy rent-subsidy: 示例租〔2027〕9号 (policies/rent-subsidy-2028.yaml) is in force from 2027-06-01 to 2030-12-31, overlapping 示例租〔2026〕1号 (policies/rent-subsidy.yaml, in force from 2026-01-01 to 2027-12-31) on 2027-06-01 to 2027-12-31 (214 days): successive versions of a policy must not overlap
2 problems in 6 files
