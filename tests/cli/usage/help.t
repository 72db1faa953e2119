# `hdpolicy help` prints the usage (the same text as --help), exit 0.
run: sh: hdpolicy help > help.txt; echo "exit $?"; hdpolicy --help | cmp - help.txt && echo "same as --help"; head -2 help.txt
exit: 0
stdout:
exit 0
same as --help
hdpolicy: Haidian District policies (海淀区政策) as exact, explainable computations
Usage: hdpolicy [OPTIONS] SUBCOMMAND
stderr:
