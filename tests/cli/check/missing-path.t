# A PATH that does not exist is a usage error (exit 2)
run: check no-such-file.yaml
exit: 2
stdout:
stderr:
hdpolicy: error: PATH: 'no-such-file.yaml' is not accepted: a policy .yaml file or a directory of them
