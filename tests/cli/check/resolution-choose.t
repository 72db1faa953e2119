# resolution.choose is highest (就高不就低) or all (叠加); anything else is
# named with what is accepted, and several rules without a resolution too.
run: sh: cp -r "$CASE_DIR/../../shapes/stacked" p && cp -r p q && sed -i 's/  choose: all/  choose: first/' p/landing-support.yaml && sed -i '/^resolution:/,$d' q/landing-support.yaml && hdpolicy check p; hdpolicy check q
exit: 1
stdout:
p/landing-support.yaml:81:11: error: resolution.choose: 'first' is not accepted: highest, all
q/landing-support.yaml:50:3: error: rules: with more than one rule, say how they are paid: resolution: {choose: highest or all, cite}
stderr:
1 problem in 2 files
1 problem in 2 files
