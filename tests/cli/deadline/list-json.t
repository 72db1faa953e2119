run: sh: hdpolicy deadline --list --format json | grep -c '"rule":'
exit: 0
stdout:
7
