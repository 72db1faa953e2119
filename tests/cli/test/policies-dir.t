# A policies directory given as PATH contributes its tests/ folder
run: sh: hdpolicy --policies "$POLICIES" test "$POLICIES" | tail -1
exit: 0
stdout-contains:
 passed, 0 failed
