# A broken policy file stops every command with its file:line:col and exit 2.
run: sh: cp -r "$POLICIES" p && sed -i 's/^          rate: 30%$/          rate: 130%/' p/tech-insurance.yaml && hdpolicy subsidy --type rd --premium 1 --policies p
exit: 2
stdout:
stderr-contains:
p/tech-insurance.yaml:183:17: error: rule 'catalogue' product 4.rate: '130%' is not a rate in (0, 1]: write 50% or 0.5
hdpolicy: error: the policies could not be loaded (run 'hdpolicy check' for details)
