# Both documents of new shapes pass check, quotes found in their sources,
# and the vocabulary of facts they share.
run: --policies $CASE_DIR/../../shapes/policies check
exit: 0
stdout:
stderr:
ok: 5 files, no problems
