# The example pre-commit hook refuses a misspelt key, naming its line
run: sh: cp -r "$POLICIES" p && sed -i '0,/          rate: 50%/s//          rat: 50%/' p/tech-insurance.yaml && HDPOLICY="$bin" HDPOLICY_DIR=p bash "$EXAMPLES/ci/pre-commit"
exit: 1
stdout-contains:
p/tech-insurance.yaml:
unknown key 'rat'
stderr-contains:
pre-commit: fix the problems above, then commit again
