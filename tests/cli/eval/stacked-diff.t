# diff reports a document whose rules come to stack (resolution), with the
# article that says so, and exits 1.
run: sh: cp -r "$CASE_DIR/../../shapes/stacked" old && sed -i 's/  choose: all/  choose: highest/' old/landing-support.yaml && hdpolicy diff old "$CASE_DIR/../../shapes/stacked"
exit: 1
stdout:
示例落〔2026〕3号 第四条: rules paid: the highest (choose: highest) → every eligible rule (choose: all)
1 difference
stderr:
