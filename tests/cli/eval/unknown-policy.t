# A policy that is not loaded is refused, listing the ones that are.
run: --policies $CASE_DIR/../../shapes/policies eval nosuch --x 1
exit: 2
stdout:
stderr:
hdpolicy: error: POLICY: 'nosuch' is not accepted: the id or number of a document with an amount to compute (rd-reward, rent-subsidy)
