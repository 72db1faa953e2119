# hiring, batch hiring and --baseline over policies with no document that answers as hdpolicy hiring
# (tests/shapes/policies: a rent subsidy and an R&D reward) are usage errors naming what is missing
run: sh: hdpolicy --policies "$CASE_DIR/../../shapes/policies" hiring --hire-date 2025-07-15 --birth-date 2001-07-16; echo "exit $?"; hdpolicy --policies "$CASE_DIR/../../shapes/policies" batch hiring --input "$EXAMPLES/hires.csv" --output out.csv; echo "exit $?"; hdpolicy batch hiring --baseline "$CASE_DIR/../../shapes/policies" --input "$EXAMPLES/hires.csv" --output out.csv; echo "exit $?"
exit: 0
stdout:
exit 2
exit 2
exit 2
stderr:
hdpolicy: error: hiring: the policies loaded have no document that answers as hdpolicy hiring (one of declared shape whose document.contract is hiring, as policies/hiring-subsidy.yaml)
hdpolicy: error: batch hiring: the policies loaded have no document that answers as hdpolicy hiring (one of declared shape whose document.contract is hiring, as policies/hiring-subsidy.yaml)
hdpolicy: error: --baseline: the policies loaded have no document that answers as hdpolicy hiring (one of declared shape whose document.contract is hiring, as policies/hiring-subsidy.yaml)
