# The shipped policies (embedded) have no problems, run from an empty directory:
# their quotes are checked against the gazette compiled in with them (a source
# not found would be an error, see shipped-sources-missing.t)
run: check
exit: 0
stdout:
stderr-contains:
files, no problems
