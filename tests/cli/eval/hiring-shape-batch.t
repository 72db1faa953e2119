# The job-expansion subsidy (海政办发〔2025〕7号 第7项) written in the generic
# format (tests/shapes/hiring/job-expansion.yaml, no C++ of its own) answers
# every one of 20,000 generated hires as `batch hiring` does: the same
# eligibility, amount and category, the same rows refused, a person paid
# once per enterprise (bench/gen_hires.py repeats hires).
run: sh: python3 "$CASE_DIR/../../../bench/gen_hires.py" 20000 > hires.csv && { hdpolicy batch hiring --input hires.csv --output a.csv 2>/dev/null; hdpolicy batch eval job-expansion --policies "$CASE_DIR/../../shapes/hiring" --input hires.csv --output b.csv 2>/dev/null; python3 "$CASE_DIR/../../shapes/hiring/compare.py" a.csv b.csv; }
exit: 0
stdout:
20000 rows compared, 0 differ
stderr:
