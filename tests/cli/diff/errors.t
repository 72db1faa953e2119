# Errors exit 2, as diff(1): a directory that is not there, one holding no
# policy document, a copy that does not load, an operand missing.
run: sh: mkdir empty && cp -r "$POLICIES" bad && sed -i 's/amount: 500000.00/amount: lots/' bad/tech-insurance.yaml && for args in "$POLICIES nope" "empty $POLICIES" "$POLICIES bad" "$POLICIES"; do hdpolicy diff $args; echo "exit $?"; done 2>&1 | sed "s|$POLICIES|POLICIES|g"
exit: 0
stdout:
hdpolicy: error: NEW_DIR: 'nope' is not accepted: a directory holding policy *.yaml files
exit 2
hdpolicy: error: OLD_DIR: 'empty' is not accepted: a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none
exit 2
bad/tech-insurance.yaml:109:15: error: cap.amount: 'lots' is not a positive amount in yuan with at most two decimals
hdpolicy: error: the policies could not be loaded (run 'hdpolicy check' for details)
exit 2
hdpolicy: error: NEW_DIR is required: The policies after the change
Run 'hdpolicy help diff' for usage.
exit 2
