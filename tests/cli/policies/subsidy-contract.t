# The premium subsidy written in declared shape with document.contract:
# subsidy lists as the subsidy: section did (its types, caps and rules,
# text and JSON), with one addition: the eval line and the facts every
# declared document lists, as the hiring subsidy's contract does. (Text:
# only lines added; JSON: one line differs, the "]" that gains a comma
# before the "eval" key only declared documents have.)
run: sh: bash "$POLICIES/../tests/shapes/insurance/contract-policies.sh" c && hdpolicy policies --policies "$POLICIES" | sed "s|$POLICIES/||" > a && hdpolicy policies --policies c/policies | sed "s|c/policies/||" > b; diff a b | grep -v '^> ' ; hdpolicy policies --policies "$POLICIES" --format json | sed "s|$POLICIES/||" > a.json && hdpolicy policies --policies c/policies --format json | sed "s|c/policies/||" > b.json; diff a.json b.json | grep -c '^< '; grep -c '"eval": {' a.json b.json
exit: 0
stdout:
25a26,40
1
a.json:1
b.json:2
stderr:
