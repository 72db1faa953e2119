# The shipped policies (embedded) have no problems
run: check
exit: 0
stdout:
stderr-contains:
files, no problems
