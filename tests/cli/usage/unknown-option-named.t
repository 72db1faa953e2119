# subsidy --typ rd names --typ, the mistake, and suggests --type, rather than
# only saying that --type is required.
run: subsidy --typ rd --premium 80000
exit: 2
stdout:
stderr:
hdpolicy: error: unknown option '--typ'; did you mean '--type'?
Run 'hdpolicy help subsidy' for usage.
