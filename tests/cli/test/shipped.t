# The shipped policy test cases (policies/tests/*.yaml, embedded) all pass
run: test
exit: 0
stdout-contains:
 passed, 0 failed
stderr:
