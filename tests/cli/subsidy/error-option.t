# Unknown option is a usage error
run: subsidy --type rd --premium 1 --colour red
exit: 2
stdout:
stderr:
hdpolicy: error: The following arguments were not expected: red --colour
Run 'hdpolicy --help' or 'hdpolicy COMMAND --help' for usage.
