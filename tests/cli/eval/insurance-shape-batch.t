# The science-and-technology insurance rules (海金融发〔2025〕4号) written in
# the generic format (tests/shapes/insurance/tech-insurance.yaml: the
# insurance type picks the rate with rate_by, no C++ of its own) answer
# every one of 20,000 generated applications as `batch subsidy` does: the
# same eligibility, amount, article, cap that cut, payee and payable year,
# the same rows refused, the enterprises' annual caps kept alike
# (bench/gen_applications.py repeats enterprises and writes bad rows).
run: sh: python3 "$CASE_DIR/../../../bench/gen_applications.py" 20000 > apps.csv && { hdpolicy batch subsidy --input apps.csv --output a.csv 2>/dev/null; hdpolicy batch eval tech-insurance --policies "$CASE_DIR/../../shapes/insurance" --input apps.csv --output b.csv 2>/dev/null; python3 "$CASE_DIR/../../shapes/insurance/compare.py" a.csv b.csv; }
exit: 0
stdout:
20000 rows compared, 0 differ
stderr:
