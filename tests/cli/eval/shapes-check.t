# Both documents of new shapes pass check, quotes found in their sources.
run: --policies $CASE_DIR/../../shapes/policies check
exit: 0
stdout:
stderr:
ok: 4 files, no problems
