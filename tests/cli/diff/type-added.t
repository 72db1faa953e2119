# A new insurance type, covered by 第四条's liability product (30%): the type
# and its rate are both new.
run: sh: cp -r "$POLICIES" new && awk '{ print } /^      en: satellite in-orbit insurance/ { print "    - id: quantum"; print "      zh: 量子计算保险"; print "      en: quantum computing insurance" }' "$POLICIES/tech-insurance.yaml" | sed 's/- types: \[liability, cybersecurity\]/- types: [liability, cybersecurity, quantum]/' > new/tech-insurance.yaml && hdpolicy diff "$POLICIES" new; hdpolicy diff new "$POLICIES" --lang zh
exit: 1
stdout:
海金融发〔2025〕4号 第四条: insurance type quantum added: quantum computing insurance
海金融发〔2025〕4号 第四条: rate catalogue/quantum (quantum computing insurance) added: 30%
2 differences
海金融发〔2025〕4号第四条:删除保险类型 quantum:量子计算保险
海金融发〔2025〕4号第四条:删除补贴比例 catalogue/quantum(量子计算保险):30%
共2处差异
stderr:
