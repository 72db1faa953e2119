# /openapi.json is as strict as the server: the document served (the
# shipped policies with the two documents of tests/shapes added, so that
# /v1/eval/{policy} is there) is linted by Redocly's CLI when it is
# installed (.ci/run installs it from npm; REQUIRE_OPENAPI_LINT=1 makes its
# absence a failure), and openapi_cases.py judges a table of requests by
# the document and by the server alike: what the document admits is
# answered 200, what it refuses 400, and every answer's status and body are
# as documented. Without python3-jsonschema the test is skipped, unless
# REQUIRE_OPENAPI_LINT=1.
set -euo pipefail  # before lib.sh: a test that cannot load its helpers fails
source "${0%/*}/lib.sh"
# The python3 first on PATH may be another than Debian's, where .ci/packages puts jsonschema.
python=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import jsonschema' 2>/dev/null; then python=$candidate && break; fi
done
if [[ -z $python ]]; then
  if [[ ${REQUIRE_OPENAPI_LINT:-0} == 1 ]]; then fail "python3-jsonschema is not installed (.ci/packages)"; fi
  skip "python3-jsonschema is not installed (.ci/packages)"
fi
mkdir -p "$WORK/p"
cp -r "$SOURCE_DIR/policies/." "$WORK/p/"
cp "$SOURCE_DIR"/tests/shapes/policies/*.yaml "$WORK/p/"
cp "$SOURCE_DIR"/tests/shapes/policies/sources/*.txt "$WORK/p/sources/"
start_server --policies "$WORK/p" --cors https://portal.example
curl -s "$BASE/openapi.json" >"$WORK/openapi.json"

redocly=${HDPOLICY_REDOCLY:-$(command -v redocly || true)}
if [[ -n $redocly ]]; then
  # The project's redocly.yaml: the recommended rules, less security-defined (no authentication; it says why).
  (cd "$SOURCE_DIR" && "$redocly" lint --format=stylish "$WORK/openapi.json") >"$WORK/lint.txt" 2>&1 ||
    fail "redocly lint:
$(cat "$WORK/lint.txt")"
  grep -q 'Your API description is valid' "$WORK/lint.txt" || fail "redocly lint did not say valid:
$(cat "$WORK/lint.txt")"
  # Warnings of the document, not of the tool (its notice about Node.js versions).
  if grep -qE 'You have [0-9]+ warning|Warning was generated' "$WORK/lint.txt"; then fail "redocly lint warns:
$(cat "$WORK/lint.txt")"; fi
  echo "redocly lint: the document is valid, with no warning"
elif [[ ${REQUIRE_OPENAPI_LINT:-0} == 1 ]]; then
  fail "redocly is not installed (give its path in HDPOLICY_REDOCLY)"
else
  echo "redocly is not installed: the lint part is left out"
fi

"$python" "${0%/*}/openapi_cases.py" "$WORK/openapi.json" "$BASE" || fail "/openapi.json and the server differ (above)"
stop_server TERM
