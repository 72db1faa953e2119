#!/usr/bin/env bash
# Copies policies/ to $CASE_TMP/policies and, in the copy of
# tech-insurance.yaml, makes 第四条 (the catalogue rule) also require the
# made-up fact to be at most 5: the YAML half of adding a fact. The
# specialized leaf becomes the first child of an `all:` group whose second
# child is the made-up condition, cited like the leaf. (awk, not python: the
# tests need only the packages of .ci/packages.)
set -eu
cp -r "$POLICIES" "$CASE_TMP/policies"
file="$CASE_TMP/policies/tech-insurance.yaml"
awk '
  function strip(s) { sub(/^ +/, "", s); return s }
  state == 0 && $0 == "      eligible:" {
    print
    if ((getline next_line) > 0) {
      if (next_line == "        fact: specialized") { state = 1; n = 0; leaf[++n] = next_line }
      else print next_line
    }
    next
  }
  state == 1 && $0 == "      products:" {
    cite = ""
    for (i = 1; i <= n; i++) if (strip(leaf[i]) ~ /^cite:/) cite = strip(leaf[i])
    print "        all:"
    print "          - " strip(leaf[1])
    for (i = 2; i <= n; i++) print "            " strip(leaf[i])
    print "          - fact: madeup"
    print "            at_most: 5"
    print "            term: 不超过"
    print "            " cite
    print "        " cite
    state = 2
    print
    next
  }
  state == 1 { leaf[++n] = $0; next }
  { print }
  END { if (state != 2) { print "add-condition.sh: the specialized condition of 第四条 was not found" > "/dev/stderr"; exit 1 } }
' "$file" > "$file.new"
mv "$file.new" "$file"
