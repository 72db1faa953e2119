# A calendar year removed from the copy (2026, the last year shipped).
run: sh: cp -r "$POLICIES" new && rm new/calendars/cn/2026.yaml && hdpolicy diff "$POLICIES" new --format json | grep -e '"kind"' -e '"before"' -e '"after"'
exit: 0
stdout:
      "kind": "calendar-year",
      "before": 2026,
      "after": null,
stderr:
