# every case passes: exit 0, an amount and an expected input error
run: sh: cd "$POLICIES/../tests/fixtures/test" && hdpolicy test all-pass.yaml
exit: 0
stdout:
2 passed, 0 failed
stderr:
