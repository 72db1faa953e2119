#!/usr/bin/env bash
# Writes OUT_DIR: the shipped policies/ with tech-insurance.yaml replaced by
# the premium subsidy of declared shape (tests/shapes/insurance) that keeps
# the `subsidy` command's contract (document.contract: subsidy), with the
# shipped file's deadlines: section. Every `subsidy` case then runs against
# it (tests/CMakeLists.txt: subsidy-contract/*), so the declared form answers
# byte for byte as the premium-subsidy mechanism until it replaces it.
# OUT_DIR/policies is that directory; OUT_DIR/tests and OUT_DIR/examples link
# to the repository's, so that cases reaching $POLICIES/../tests find them.
# Usage: contract-policies.sh OUT_DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
rm -rf "$1"
mkdir -p "$1"
ln -s "$root/tests" "$1/tests"
ln -s "$root/examples" "$1/examples"
out=$1/policies
mkdir "$out"
cp -R "$root/policies/." "$out/"
{
  sed -e 's|^  id: tech-insurance$|  id: tech-insurance\n  contract: subsidy|' \
      -e 's|^  source: \.\./\.\./\.\./policies/sources/|  source: sources/|' \
      "$here/tech-insurance.yaml"
  echo
  sed -n '/^# 第三条: inclusive support lasts three years/,$p' "$root/policies/tech-insurance.yaml"
} > "$out/tech-insurance.yaml"
grep -q '^  contract: subsidy$' "$out/tech-insurance.yaml"
grep -q '^deadlines:$' "$out/tech-insurance.yaml"
