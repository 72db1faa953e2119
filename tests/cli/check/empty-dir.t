# A directory with no .yaml files is not a clean policy set
run: sh: mkdir empty && hdpolicy check empty
exit: 1
stdout:
stderr:
hdpolicy check: no policy .yaml files found
