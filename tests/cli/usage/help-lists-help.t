# The usage lists `help` among the commands.
run: --help
exit: 0
stdout-contains:
  help                        The usage of hdpolicy or of a command (hdpolicy help batch subsidy)
