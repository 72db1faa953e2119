#!/usr/bin/env bash
# The README, --help and hdpolicy(1) must not drift apart. --help and the man
# page are both written from the CLI11 definitions (the man page by
# `hdpolicy __man`); the README is prose, so this checks it against the
# binary: its table of commands names every command the binary has, and each
# usage block (```sh or ``` starting `hdpolicy COMMAND`) lists exactly the
# options the binary accepts for that command.
# Usage: readme-matches-help.sh PATH/TO/hdpolicy README.md
set -u
bin=$1 readme=$2
fail=0
hidden_or_global='^--(help|version|policies)$'

# Commands: the README table's `hdpolicy NAME ...` rows against the binary's commands.
table=$(grep -oE '^\| `hdpolicy [a-z]+' "$readme" | sed 's/.* //' | sort -u)
binary=$("$bin" __complete '' | grep -vx help | sort -u)
if [ "$table" != "$binary" ]; then
  echo "README's table of commands differs from the binary's commands (- README, + binary):"
  diff <(echo "$table") <(echo "$binary") | grep '^[<>]' | sed 's/^</-/; s/^>/+/'
  fail=1
fi

# Usage blocks: the first line of a code block starting `hdpolicy COMMAND`;
# `batch subsidy|hiring|deadline` is checked as `batch subsidy` (the kinds share their options).
blocks=$(awk '/^```/ { if (inside) { inside = 0; if (cmd != "") print cmd "\t" opts; cmd = "" } else { inside = 1; first = 1 } next }
  inside && first { first = 0; if ($1 == "hdpolicy") { cmd = $2; if (cmd == "batch") { split($3, k, "|"); cmd = cmd " " k[1] } opts = "" } }
  inside && cmd != "" { while (match($0, /--[a-z][a-z-]*/)) { opts = opts " " substr($0, RSTART, RLENGTH); $0 = substr($0, RSTART + RLENGTH) } }' "$readme")
[ -n "$blocks" ] || { echo "no usage block found in $readme"; exit 1; }
while IFS=$'\t' read -r cmd opts; do
  # shellcheck disable=SC2086
  documented=$(printf '%s\n' $opts | grep -vE "$hidden_or_global" | sort -u)
  # shellcheck disable=SC2086
  accepted=$("$bin" __complete $cmd -- | grep -vE "$hidden_or_global" | sort -u)
  if [ "$documented" != "$accepted" ]; then
    echo "README's usage of 'hdpolicy $cmd' differs from its --help (- README, + binary):"
    diff <(echo "$documented") <(echo "$accepted") | grep '^[<>]' | sed 's/^</-/; s/^>/+/'
    fail=1
  else
    echo "ok: hdpolicy $cmd: $(echo "$accepted" | wc -l) options"
  fi
done <<<"$blocks"
[ $fail = 0 ] && echo "ok: README's table names the $(echo "$binary" | wc -l) commands"
exit $fail
