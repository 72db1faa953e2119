# A --policies directory that does not exist is a usage error.
run: subsidy --type rd --premium 1 --policies /nonexistent/dir
exit: 2
stdout:
stderr:
hdpolicy: error: --policies: '/nonexistent/dir' is not accepted: a directory holding policy *.yaml files
