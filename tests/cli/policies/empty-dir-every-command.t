# Every command refuses an empty --policies directory with the same message and
# exit 2, before reading any input.
run: sh: mkdir empty && printf 'from,days\n2025-01-01,1\n' > in.csv && for c in "subsidy --type rd --premium 1" "hiring --hire-date 2025-07-15 --birth-date 2001-07-16" "workdays is 2025-10-01" "deadline --list" "calendar 2025-10" "batch deadline --input in.csv --output out.csv" "check" "test" "policies"; do hdpolicy --policies empty $c 2>err; echo "$c: exit $? $(cat err)"; done; ls
stdout:
subsidy --type rd --premium 1: exit 2 hdpolicy: error: --policies: 'empty' is not accepted: a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none
hiring --hire-date 2025-07-15 --birth-date 2001-07-16: exit 2 hdpolicy: error: --policies: 'empty' is not accepted: a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none
workdays is 2025-10-01: exit 2 hdpolicy: error: --policies: 'empty' is not accepted: a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none
deadline --list: exit 2 hdpolicy: error: --policies: 'empty' is not accepted: a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none
calendar 2025-10: exit 2 hdpolicy: error: --policies: 'empty' is not accepted: a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none
batch deadline --input in.csv --output out.csv: exit 2 hdpolicy: error: --policies: 'empty' is not accepted: a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none
check: exit 2 hdpolicy: error: --policies: 'empty' is not accepted: a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none
test: exit 2 hdpolicy: error: --policies: 'empty' is not accepted: a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none
policies: exit 2 hdpolicy: error: --policies: 'empty' is not accepted: a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none
empty
err
in.csv
