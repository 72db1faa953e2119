# batch hiring --baseline across the two forms of 第7项: the subsidy in the
# hiring mechanism's format (tests/fixtures/hiring-section, a hiring:
# section) at 1,500 yuan per hire against the shipped document of declared
# shape (1,000, document.contract: hiring) as the baseline gives the same
# file and summary as the shipped document at 1,500 against itself
# (baseline-hiring.t, which works each row by hand: +500 on each of the six
# hires paid, +3,000 in all); the other way round, -3,000.
run: sh: cp -r "$POLICIES" hire1500 && sed -i 's/^      fixed: 1000.00$/      fixed: 1500.00/' hire1500/hiring-subsidy.yaml && hdpolicy batch hiring --policies hire1500 --baseline "$POLICIES" --input "$EXAMPLES/hires.csv" --output a.csv --summary 2> a.err; mkdir -p x/y/z && ln -s "$POLICIES" policies && cp "$CASE_DIR/../../fixtures/hiring-section/hiring-subsidy.yaml" x/y/z/ && sed -i 's/^    per_hire: 1000.00$/    per_hire: 1500.00/' x/y/z/hiring-subsidy.yaml && hdpolicy batch hiring --policies x/y/z --baseline "$POLICIES" --input "$EXAMPLES/hires.csv" --output b.csv --summary 2> b.err; cmp a.csv b.csv && cmp a.err b.err && echo same; grep 'total change' b.err; hdpolicy batch hiring --baseline x/y/z --input "$EXAMPLES/hires.csv" --output c.csv --summary 2>&1 | grep 'total change'
exit: 0
stdout:
same
  total change: +3,000.00
  total change: -3,000.00
