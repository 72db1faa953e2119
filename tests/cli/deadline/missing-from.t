run: deadline --rule renewal.joint-review
exit: 2
stderr:
hdpolicy: error: deadline: give --rule ID and --from DATE, or --list to see the rules
