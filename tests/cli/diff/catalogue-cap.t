# Issue #13, done when: a copy of the policies with 第四条's catalogue cap
# raised from 500,000 (单家企业年度补贴上限50万元) to 600,000 differs in that
# cap alone, named with its document and article; exit 1, as diff(1).
run: sh: cp -r "$POLICIES" new && sed -i 's/amount: 500000.00/amount: 600000.00/' new/tech-insurance.yaml && hdpolicy diff "$POLICIES" new
exit: 1
stdout:
海金融发〔2025〕4号 第四条: cap catalogue (catalogue products, annual limit per enterprise): 500,000.00 → 600,000.00 yuan
1 difference
stderr:
