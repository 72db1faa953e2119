# A batch started with SIGHUP ignored (nohup) keeps it ignored: the run goes
# on after a hangup and writes its results.
run: sh: bash "$CASE_DIR/hangup-ignored.sh"
exit: 0
stdout:
exit 0, results.csv complete
stderr:
