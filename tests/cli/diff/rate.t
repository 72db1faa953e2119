# 第四条: 研发类保险补贴比例50%, raised to 60% in the copy.
run: sh: cp -r "$POLICIES" new && awk '/- types: \[rd\]/ { print; getline; sub(/50%/, "60%") } { print }' "$POLICIES/tech-insurance.yaml" > new/tech-insurance.yaml && hdpolicy diff "$POLICIES" new; hdpolicy diff "$POLICIES" new --lang zh
exit: 1
stdout:
海金融发〔2025〕4号 第四条: rate catalogue/rd (R&D insurance): 50% → 60%
1 difference
海金融发〔2025〕4号第四条:补贴比例 catalogue/rd(研发类保险):50% → 60%
共1处差异
stderr:
