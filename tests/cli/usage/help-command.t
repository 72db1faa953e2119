# `hdpolicy help batch subsidy` is `hdpolicy batch subsidy --help`.
run: sh: hdpolicy help batch subsidy > help.txt; echo "exit $?"; hdpolicy batch subsidy --help | cmp - help.txt && echo "same as --help"; head -2 help.txt
exit: 0
stdout:
exit 0
same as --help
Insurance premium subsidies with annual caps per enterprise
Usage: hdpolicy batch subsidy [OPTIONS]
stderr:
