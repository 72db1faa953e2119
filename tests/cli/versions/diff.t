# hdpolicy diff on the change: the successor document added, and its 第四条 catalogue cap compared
# with its predecessor's, 500,000.00 → 600,000.00; exit 1 (the sets differ).
run: sh: bash "$POLICIES/../tests/versions/add-successor.sh" && hdpolicy diff "$POLICIES" "$CASE_TMP/policies"
exit: 1
stdout:
海金融发〔2027〕1号 第十五条: document added: 海淀区关于推动科技保险高质量发展助力世界领先科技园区建设的实施细则, in force 2028-01-01 to 2030-12-31
海金融发〔2027〕1号 第四条: cap catalogue (catalogue products, annual limit per enterprise): 500,000.00 → 600,000.00 yuan
2 differences
