# The R&D reward's brackets (tests/shapes, 第三条 "增加额500万元以内的部分按10%"、
# "超过500万元的部分按5%"): the copy moves the bound to 400万元 and the rate above
# it to 4%, adds a fact and drops the rent subsidy's document; each is one
# difference, in JSON with the bracket named by its place.
run: sh: cp -r $CASE_DIR/../../shapes/policies old && cp -r old new && rm new/rent-subsidy.yaml && sed -i 's/up_to: 5000000.00/up_to: 4000000.00/; s/- rate: 5%/- rate: 4%/; s/^facts:/facts:\n  - {id: patents, kind: count, label: {zh: 专利数, en: patents}}/' new/rd-reward.yaml && hdpolicy diff old new --format json | grep -E '"(kind|id|before|after)"'
exit: 0
stdout:
      "kind": "document-removed",
      "id": "rent-subsidy",
      "before": {
      "after": null,
      "kind": "fact",
      "id": "patents",
      "before": null,
      "after": "count",
      "kind": "figure",
      "id": "growth/bracket-1/up-to",
      "before": "5000000.00",
      "after": "4000000.00",
      "kind": "rate",
      "id": "growth/bracket-2",
      "before": "0.05",
      "after": "0.04",
stderr:
