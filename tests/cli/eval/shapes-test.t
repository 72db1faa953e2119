# Their YAML cases, worked out by hand from the sources, all pass.
run: --policies $CASE_DIR/../../shapes/policies test
exit: 0
stdout:
35 passed, 0 failed
stderr:
