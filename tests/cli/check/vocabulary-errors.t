# Shared facts (a vocabulary: file, named by `- use: ID`): an id not in the
# vocabulary, a fact used twice, a key a use does not take, a fact declared
# twice in the vocabulary and a derived one there are each named where written.
run: sh: cp -r "$CASE_DIR/../../shapes/policies" p && printf '  - id: date\n    kind: date\n    label: {zh: 日期, en: date}\n  - id: age\n    kind: count\n    label: {zh: 年龄, en: age}\n    years_since: date\n' >> p/vocabulary.yaml && sed -i 's/^  - use: date$/  - use: date\n  - use: enterprise_id\n  - {use: dat, label: x}/' p/rd-reward.yaml && hdpolicy check p
exit: 1
stdout:
p/rd-reward.yaml:21:5: error: fact 'enterprise_id' is declared twice
p/rd-reward.yaml:22:11: error: fact: use: 'dat' is not a fact of the vocabulary (enterprise_id, date)
p/rd-reward.yaml:22:16: error: fact: unknown key 'label' (accepted: use, required)
p/vocabulary.yaml:14:5: error: vocabulary: fact 'date' is declared twice
p/vocabulary.yaml:17:5: error: vocabulary: fact 'age' is derived: a derived fact reads its document's other facts, so it belongs in the document's facts:
stderr:
5 problems in 5 files
