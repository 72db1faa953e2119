# diff names a cap on times whose number changed (限享受一次 → 两次), with its article.
run: sh: cp -r "$CASE_DIR/../../shapes/stacked" new && sed -i 's/    times: 1$/    times: 2/' new/landing-support.yaml && hdpolicy diff "$CASE_DIR/../../shapes/stacked" new
exit: 1
stdout:
示例落〔2026〕3号 第二条: cap settling-once (the settling reward once per enterprise): 1 time → 2 times
1 difference
stderr:
