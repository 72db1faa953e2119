# A directory with test cases and calendars but no policy document is refused
# the same way (through HDPOLICY_POLICIES too).
run: sh: mkdir p && cp -r "$POLICIES/tests" "$POLICIES/calendars" p/ && hdpolicy --policies p subsidy --type rd --premium 80000; echo "exit $?"; HDPOLICY_POLICIES=p hdpolicy subsidy --type rd --premium 80000; echo "exit $?"
stdout:
exit 2
exit 2
stderr:
hdpolicy: error: --policies: 'p' is not accepted: a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none
hdpolicy: error: HDPOLICY_POLICIES: 'p' is not accepted: a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none
