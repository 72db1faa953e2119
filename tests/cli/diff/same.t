# Issue #13, done when: identical sets exit 0. A copy of the shipped
# policies against the directory it was copied from.
run: sh: cp -r "$POLICIES" copy && hdpolicy diff "$POLICIES" copy && hdpolicy diff copy "$POLICIES" --lang zh && hdpolicy diff copy copy --format json
exit: 0
stdout:
No differences
无差异
{
  "same": true,
  "differences": [],
  "hdpolicy_version": "0.1.0"
}
stderr:
