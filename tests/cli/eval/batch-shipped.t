# batch eval of tech-insurance and hiring-subsidy writes what batch subsidy
# and batch hiring write, caps per enterprise and summary included; each
# example file holds a row that fails (exit 1), and no row is lost.
run: sh: for k in "eval tech-insurance:subsidy:applications" "eval hiring-subsidy:hiring:hires"; do IFS=: read -r e b f <<< "$k"; hdpolicy batch $e --input "$EXAMPLES/$f.csv" --output a.csv --summary 2> a.err; ea=$?; hdpolicy batch $b --input "$EXAMPLES/$f.csv" --output b.csv --summary 2> b.err; eb=$?; cmp a.csv b.csv && cmp a.err b.err && echo "$e: same, exit $ea $eb, $(wc -l < a.csv) lines"; done
exit: 0
stdout:
eval tech-insurance: same, exit 1 1, 24 lines
eval hiring-subsidy: same, exit 1 1, 12 lines
stderr:
