# The example pre-commit hook passes on a copy of the shipped policies
run: sh: cp -r "$POLICIES" p && HDPOLICY="$bin" HDPOLICY_DIR=p bash "$EXAMPLES/ci/pre-commit" | tail -1
exit: 0
stdout-contains:
 passed, 0 failed
