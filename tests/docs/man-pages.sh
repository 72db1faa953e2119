#!/usr/bin/env bash
# The man pages render without a warning, with groff's warnings all on
# (groff -ww) and through `man -l` as a reader opens them, and hdpolicy(1)
# has a section for every command the binary has.
# Usage: man-pages.sh PATH/TO/hdpolicy MAN_DIR. Exits 77 (ctest: skipped) without groff.
set -u
bin=$1 dir=$2
command -v groff >/dev/null || { echo "skipped: no groff"; exit 77; }
export LC_ALL=C.UTF-8 MANWIDTH=80
fail=0
for page in "$dir/hdpolicy.1" "$dir/hdpolicy-policies.5"; do
  warnings=$(groff -k -ww -man -Tutf8 -z "$page" 2>&1)
  if command -v man >/dev/null; then
    warnings+=$(man --warnings -l "$page" 2>&1 >/dev/null)
    lines=$(man -l "$page" 2>/dev/null | wc -l)
  else
    lines=$(groff -k -man -Tutf8 "$page" 2>/dev/null | wc -l)
  fi
  if [ -n "$warnings" ]; then echo "$page: warnings:"; echo "$warnings"; fail=1; fi
  if [ "$lines" -lt 50 ]; then echo "$page: rendered as $lines lines only"; fail=1; fi
  [ -z "$warnings" ] && [ "$lines" -ge 50 ] && echo "ok: ${page##*/}: $lines lines, no warnings"
done
for command in $("$bin" __complete ''); do
  grep -q "^\.SS \"hdpolicy $command\"" "$dir/hdpolicy.1" || { echo "hdpolicy.1 has no section for $command"; fail=1; }
done
exit $fail
