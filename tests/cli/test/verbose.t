# --verbose lists the cases that passed too
run: sh: cd "$POLICIES/../tests/fixtures/test" && hdpolicy test -v all-pass.yaml
exit: 0
stdout:
all-pass.yaml:3: PASS 第四条 rd at 50%
all-pass.yaml:7: PASS a bad premium is refused
2 passed, 0 failed
stderr:
