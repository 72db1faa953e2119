# An option the document does not declare is refused, listing the ones it does.
run: --policies $CASE_DIR/../../shapes/policies eval rent-subsidy --rent-pad 1
exit: 2
stdout:
stderr:
hdpolicy: error: --rent-pad: '--rent-pad' is not accepted: an option of rent-subsidy: --date, --rent-paid, --area, --days, --support-years-used
