# Industry ids come from the policies in use, not from the completion
# scripts: renamed in a copy given with --policies (before or after the
# command, as a user types it), the new id is offered and the old one is not.
run: sh: cp -r "$POLICIES" p && sed -i 's/low-altitude/low-altitude-economy/g' p/tech-insurance.yaml && hdpolicy __complete --policies p subsidy --industry low && hdpolicy __complete subsidy --policies=p --industry low && echo --- && hdpolicy __complete subsidy --industry low
exit: 0
stdout:
low-altitude-economy
low-altitude-economy
---
low-altitude
stderr:
