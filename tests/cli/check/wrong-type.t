# check: values of the wrong type: text for a number, a value for a list
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check wrong-type.yaml
exit: 1
stdout:
wrong-type.yaml: note: 7 quotes not checked: no document.source names the text they come from
wrong-type.yaml:35:23: error: rule.article_number: 'four' is not a whole number
wrong-type.yaml:39:18: error: rule 'catalogue' product 1.types must be a non-empty list of type IDs
stderr:
2 problems in 1 file
