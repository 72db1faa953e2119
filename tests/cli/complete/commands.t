# The commands, the kinds under one, and those `help` takes; __complete
# itself is hidden and offered nowhere. A finished argument (workdays add
# DATE) takes no command after it; check takes file names from the shell.
run: sh: hdpolicy __complete ''; echo ---; hdpolicy __complete batch ''; echo ---; hdpolicy __complete help w; echo ---; hdpolicy __complete workdays add 2025-01-01 ''; echo ---; hdpolicy __complete check ''
exit: 0
stdout:
subsidy
plan
hiring
eval
workdays
deadline
calendar
batch
check
test
policies
diff
serve
help
---
subsidy
hiring
deadline
eval
---
workdays
---
---
:files
stderr:
