# rate_by: the rates a choice fact's value picks. Refused: a value the fact
# does not declare, a value given a rate twice in one rule (p); a fact that
# is not a choice, and resolution.ties other than given or first (q); a
# rule with no rates (r).
run: sh: d="$CASE_DIR/../../shapes/insurance"; for x in p q r; do mkdir $x && cp "$d/tech-insurance.yaml" $x/ && cp "$POLICIES/sources/haidian-gazette-2025-03.txt" $x/gazette.txt && sed -i 's#^  source: .*#  source: gazette.txt#' $x/tech-insurance.yaml; done; sed -i 's/- values: \[rd\]$/- values: [rd, pet]/; s/- values: \[product\]$/- values: [product, rd]/' p/tech-insurance.yaml; sed -i 's/^      rate_by: type$/      rate_by: premium/; s/^  ties: first$/  ties: last/' q/tech-insurance.yaml; sed -i '/^        - values: \[inclusive\]$/,+2d' r/tech-insurance.yaml; for x in p q r; do hdpolicy check $x; echo "exit $?"; done
exit: 0
stdout:
p/tech-insurance.yaml:243:24: error: rule 'catalogue' amount.rates[0].values: 'pet' is not a value of type (accepted: inclusive, rd, product, finance, property, liability, three-firsts, ai-content, data-damage, cybersecurity, ic-tapeout, satellite-launch, satellite-orbit)
p/tech-insurance.yaml:246:29: error: rule 'catalogue' amount.rates[1].values: 'rd' already has a rate in rates[0]
exit 1
q/tech-insurance.yaml:178:9: error: resolution.ties: 'last' is not accepted: given, first
q/tech-insurance.yaml:217:16: error: rule 'inclusive' amount.rate_by: 'premium' is a fact of another kind: a choice fact is needed here
q/tech-insurance.yaml:239:16: error: rule 'catalogue' amount.rate_by: 'premium' is a fact of another kind: a choice fact is needed here
q/tech-insurance.yaml:276:16: error: rule 'innovative' amount.rate_by: 'premium' is a fact of another kind: a choice fact is needed here
exit 1
r/tech-insurance.yaml:217:7: error: rule 'inclusive' amount: missing required key 'rates'
exit 1
stderr:
2 problems in 1 file
4 problems in 1 file
1 problem in 1 file
