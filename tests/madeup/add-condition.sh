#!/usr/bin/env bash
# Copies policies/ to $CASE_TMP/policies and, in the copy of
# tech-insurance.yaml, makes 第四条 (the catalogue rule) also require the
# made-up fact to be at most 5: the YAML half of adding a fact.
set -eu
cp -r "$POLICIES" "$CASE_TMP/policies"
python3 - "$CASE_TMP/policies/tech-insurance.yaml" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
head = "      eligible:\n        fact: specialized\n"
start = text.index(head) + len("      eligible:\n")
end = text.index("      products:", start)
leaf = text[start:end].rstrip("\n").split("\n")  # fact, is, label, cite of the specialized leaf
cite = [line for line in leaf if line.strip().startswith("cite:")][0].strip()
group = ["        all:", "          - " + leaf[0].strip()] + ["            " + line.strip() for line in leaf[1:]]
group += ["          - fact: madeup", "            at_most: 5", "            term: 不超过", "            " + cite,
          "        " + cite]
text = text[:start] + "\n".join(group) + "\n" + text[end:]
open(path, "w", encoding="utf-8").write(text)
PY
