# --baseline names itself when it cannot be used (exit 2, nothing written):
# a directory that is not there, one holding no policy document, a copy that
# does not load (every problem listed, then the directory named as
# --baseline's), and batch deadline, which computes dates: no amounts to compare.
run: sh: mkdir empty && cp -r "$POLICIES" bad && sed -i 's/amount: 500000.00/amount: lots/' bad/tech-insurance.yaml && printf 'id,enterprise_id,date,type,premium\n' > in.csv && for b in nope empty bad; do hdpolicy batch subsidy --baseline $b --input in.csv --output out.csv; echo "exit $?"; done 2>&1; hdpolicy batch hiring --baseline nope --input in.csv --output out.csv 2>&1; echo "exit $?"; hdpolicy batch deadline --baseline "$POLICIES" --input in.csv --output out.csv 2>&1; echo "exit $?"; ls
exit: 0
stdout:
hdpolicy: error: --baseline: 'nope' is not accepted: a directory holding policy *.yaml files
exit 2
hdpolicy: error: --baseline: 'empty' is not accepted: a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none
exit 2
bad/tech-insurance.yaml:109:15: error: cap.amount: 'lots' is not a positive amount in yuan with at most two decimals
bad: error: --baseline: the policies in this directory could not be loaded
hdpolicy: error: the policies could not be loaded (run 'hdpolicy check' for details)
exit 2
hdpolicy: error: --baseline: 'nope' is not accepted: a directory holding policy *.yaml files
exit 2
hdpolicy: error: --baseline: batch deadline computes dates, not amounts, so there is no cost to compare; --baseline is for batch subsidy and batch hiring
exit 2
bad
empty
in.csv
stderr:
