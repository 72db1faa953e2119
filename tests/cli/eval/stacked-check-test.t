# A document whose rules stack (叠加享受, resolution choose: all) passes
# check, quotes found in its source, and its cases, worked out by hand from
# tests/shapes/stacked/sources/landing-support.txt, all pass.
run: sh: hdpolicy --policies "$CASE_DIR/../../shapes/stacked" check && hdpolicy --policies "$CASE_DIR/../../shapes/stacked" test
exit: 0
stdout:
14 passed, 0 failed
stderr:
ok: 2 files, no problems
