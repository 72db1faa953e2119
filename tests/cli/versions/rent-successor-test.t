# YAML cases on a policy of two versions (tests/fixtures/versions/rent-cases.yaml): named by its
# id, a case is judged under the version of its date; named by its number, under that version
# alone. (The first version's own cases are left out: its window now ends a year earlier.)
run: sh: bash "$CASE_DIR/../../versions/add-rent-successor.sh" && rm "$CASE_TMP/policies/tests/rent-subsidy.yaml" && cp "$CASE_DIR/../../fixtures/versions/rent-cases.yaml" "$CASE_TMP/policies/tests/" && cd "$CASE_TMP" && hdpolicy test --policies policies 2>&1
exit: 0
stdout:
14 passed, 0 failed
