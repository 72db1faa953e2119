# A policy directory that does not load gives no values and no error: a
# completion never prints on the terminal.
run: sh: mkdir p && echo 'document: [' > p/bad.yaml && hdpolicy __complete --policies p subsidy --type ''; echo "exit $?"
exit: 0
stdout:
exit 0
stderr:
