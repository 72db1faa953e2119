# POST /v1/hiring served from the shipped hiring subsidy, declared as data
# (policies/hiring-subsidy.yaml, document.contract: hiring): explained, in
# English and Chinese, and its refusals; POST /v1/eval/hiring-subsidy, the
# document by its id, answers the same bytes. The amounts and categories are
# checked by hand against 第7项.
set -euo pipefail  # before lib.sh: a test that cannot load its helpers fails
source "${0%/*}/lib.sh"

requests=(
  # A graduate hired in the graduation year: 1,000 yuan (第7项「按招用1人1000元的标准」).
  '?explain=1' '{"hire_date": "2025-10-01", "birth_date": "2000-05-01", "graduate": "yes",
    "graduation_date": "2025-06-30", "contract": "yes"}'
  # 23 on the hire date, registered unemployed (16—24岁登记失业青年), in Chinese.
  '?lang=zh&explain=1' '{"hire_date": "2025-07-15", "birth_date": "2001-07-16",
    "registered_unemployed": "yes", "contract": "yes"}'
  # 25 on the hire date: above the 16—24 band, nothing.
  '' '{"hire_date": "2025-07-15", "birth_date": "2000-07-15", "graduate": "no",
    "registered_unemployed": "yes", "contract": "yes"}'
  # Facts left out are assumed, and named as the request names them.
  '?lang=zh' '{"hire_date": "2025-07-15", "birth_date": "2001-07-16"}'
  # Refusals: the field, the value and what is accepted.
  '' '{"hire_date": "2025-07-15", "birth_date": "2001-07-16", "contract": "maybe"}'
  '' '{"hire_date": "2025-07-15"}'
  '' '{"hire_date": "2025-07-15", "birth_date": "2025-07-16"}'
  '' '{"hire_date": "2025-07-15", "birth_date": "2001-07-16", "graduate": "no", "graduation_date": "2025-06-30"}'
  '' '{"hire_date": "2025-07-15", "birth_date": "2001-07-16", "years": "3"}'
  '?explain=maybe' '{"hire_date": "2025-07-15", "birth_date": "2001-07-16"}'
)

start_server --policies "$SOURCE_DIR/policies"
ask_all "$WORK/declared" /v1/hiring
# POST /v1/eval/hiring-subsidy, the document by its id, answers as /v1/hiring.
curl -s --json "${requests[1]}" "$BASE/v1/eval/hiring-subsidy?explain=1" >"$WORK/eval"
expect_same "POST /v1/eval/hiring-subsidy" "$WORK/eval" "$WORK/declared/0"
stop_server

# The key numbers, checked by hand against 第7项.
expect_in "graduate" "$WORK/declared/0.status" '200'
expect_in "graduate" "$WORK/declared/0" '"subsidy": "1000.00"'
expect_in "graduate" "$WORK/declared/0" '"category": "graduation-year"'
expect_in "registered unemployed youth" "$WORK/declared/2" '"category": "registered-unemployed-youth"'
expect_in "aged 25" "$WORK/declared/4" '"eligible": false'
expect_in "contract maybe" "$WORK/declared/8.status" '400'
expect_in "no before a school date" "$WORK/declared/14" 'a graduation or left-school date means a college graduate'
# A request is one claim: the declared hiring subsidy's enterprise and person
# IDs (required in every batch row, where the caps are kept by them) are not
# required of it, as on the command line.
start_server --policies "$SOURCE_DIR/tests/shapes/hiring"
curl -s --json '{"hire_date": "2025-07-15", "birth_date": "2001-07-16", "registered_unemployed": "yes",
  "contract": "yes"}' "$BASE/v1/eval/job-expansion" >"$WORK/api"
stop_server
"$HDPOLICY" --policies "$SOURCE_DIR/tests/shapes/hiring" eval job-expansion --hire-date 2025-07-15 \
  --birth-date 2001-07-16 --registered-unemployed yes --contract yes --format json >"$WORK/cli"
expect_same "POST /v1/eval/job-expansion without IDs" "$WORK/api" "$WORK/cli"
expect_in "POST /v1/eval/job-expansion without IDs" "$WORK/api" '"amount": "1000.00"'
echo "ok: /v1/hiring from the declared hiring subsidy"
