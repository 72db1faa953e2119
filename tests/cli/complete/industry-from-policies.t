# Industry ids come from the policies in use, not from the completion
# scripts: renamed in a copy given with --policies (before the command, as a
# user types it), the new id is offered and the old one no longer is.
run: sh: cp -r "$POLICIES" p && sed -i 's/low-altitude/low-altitude-economy/g' p/tech-insurance.yaml && hdpolicy __complete --policies p subsidy --industry low && echo --- && hdpolicy __complete subsidy --industry low
exit: 0
stdout:
low-altitude-economy
---
low-altitude
stderr:
