# 100,000 generated hires (bench/gen_hires.py, fixed seed: ages, school dates,
# contracts, duplicates, typos, rows with two faults) through `batch hiring`
# twice: on the shipped hiring subsidy, declared as data (document.contract:
# hiring), and on the same subsidy as a hiring: section, the built-in
# mechanism's format (tests/fixtures/hiring-section). The output
# files and the summaries are the same bytes: every amount, category, note
# and error, and which fault a row with two is refused for.
run: sh: python3 "$CASE_DIR/../../../bench/gen_hires.py" 100000 > hires.csv && hdpolicy batch hiring --input hires.csv --output a.csv --summary 2> a.err; echo "exit $?"; hdpolicy --policies "$CASE_DIR/../../fixtures/hiring-section" batch hiring --input hires.csv --output b.csv --summary 2> b.err; echo "exit $?"; cmp a.csv b.csv && cmp a.err b.err && echo same; wc -l < b.csv; grep -E '^(rows|total)' b.err
exit: 0
stdout:
exit 1
exit 1
same
100001
rows read: 100000
rows failed: 12331
rows eligible: 50817
total: 50,806,000.00
