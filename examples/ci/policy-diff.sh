#!/bin/sh
# Writes, as Markdown on stdout, every difference `hdpolicy diff` finds
# between the policies at a base commit and those in the working tree: the
# comment a pull request gets (hdpolicy-diff.yml posts it).
#
#   examples/ci/policy-diff.sh origin/main > diff.md      # from the repository's root
#
# HDPOLICY (the binary, default hdpolicy) and HDPOLICY_DIR (the policies
# directory, default policies) override. Exit 0 when the policies are the
# same or differ (both are a review to post), 2 when either set cannot be
# loaded or the base cannot be checked out.
set -u
base=${1:?usage: policy-diff.sh BASE_REF}
hdpolicy=${HDPOLICY:-hdpolicy}
dir=${HDPOLICY_DIR:-policies}
tmp=$(mktemp -d) || exit 2
trap 'git worktree remove --force "$tmp/base" >/dev/null 2>&1; rm -rf "$tmp"' EXIT
git worktree add --detach "$tmp/base" "$base" >/dev/null 2>&1 || { echo "cannot check out $base" >&2; exit 2; }
if [ ! -d "$tmp/base/$dir" ]; then mkdir -p "$tmp/base/$dir"; fi
"$hdpolicy" diff "$tmp/base/$dir" "$dir" >"$tmp/diff.txt" 2>"$tmp/err.txt"
status=$?
echo "### Policy changes (\`hdpolicy diff\` against \`$base\`)"
echo
case $status in
  0) echo "No differences in the rules: the change touches no rate, cap, condition, window, deadline or calendar day." ;;
  1) echo '```'; cat "$tmp/diff.txt"; echo '```' ;;
  *) echo "The policies could not be compared:"; echo; echo '```'; cat "$tmp/err.txt"; echo '```' ;;
esac
[ "$status" -le 1 ] || exit 2
exit 0
