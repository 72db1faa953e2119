# batch subsidy reads the premium subsidy written in declared shape
# (document.contract: subsidy): the same output and summary as from the
# subsidy: section, row for row, on the example and on 2,000 generated
# applications (40 enterprises with many claims each: the annual caps are
# shared and cut rows). Bad rows (premium abc, no date) fail alike, with exit 1. --baseline compares two sets in one form; given one of each it
# says so. plan does not read the declared form yet, and says what does.
run: sh: bash "$POLICIES/../tests/shapes/insurance/contract-policies.sh" c >/dev/null && python3 "$POLICIES/../bench/gen_applications.py" 2000 > gen.csv && for f in "$EXAMPLES/applications.csv" gen.csv; do hdpolicy batch subsidy --input "$f" --output old.csv --summary > old.txt 2>&1; echo "exit $?"; hdpolicy batch subsidy --policies c/policies --input "$f" --output new.csv --summary > new.txt 2>&1; echo "exit $?"; cmp old.csv new.csv && cmp old.txt new.txt && echo same; done; [ "$(grep -c 'cut by cap' new.csv)" -gt 100 ] && grep -q 'used earlier in' new.csv && echo caps-shared; hdpolicy batch subsidy --policies c/policies --baseline c/policies --input gen.csv --output /dev/null --summary 2>&1 | grep -E '^  (total change|claims):'; hdpolicy batch subsidy --baseline c/policies --input gen.csv --output /dev/null; echo "exit $?"; hdpolicy batch subsidy --policies c/policies --baseline "$POLICIES" --input gen.csv --output /dev/null; echo "exit $?"; hdpolicy plan --policies c/policies --date 2025-10-01 --product rd=80000; echo "exit $?"
exit: 0
stdout:
exit 1
exit 1
same
exit 1
exit 1
same
caps-shared
  total change: 0.00
  claims: 0 gain, 0 lose, 1991 same
exit 2
exit 2
exit 2
stderr-contains:
hdpolicy: error: --baseline: the premium subsidy is of declared shape (document.contract: subsidy) in the baseline and has a subsidy: section in the current policies: batch subsidy compares two sets that write it in the same form
hdpolicy: error: --baseline: the premium subsidy is of declared shape (document.contract: subsidy) in the current policies and has a subsidy: section in the baseline: batch subsidy compares two sets that write it in the same form
hdpolicy: error: plan: the premium subsidy loaded (海金融发〔2025〕4号, c/policies/tech-insurance.yaml) is of declared shape (document.contract: subsidy), which plan does not read yet: it needs a subsidy: section (hdpolicy subsidy and eval tech-insurance answer it)
