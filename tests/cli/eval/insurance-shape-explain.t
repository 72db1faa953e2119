# 三首保险 under the generic form of 海金融发〔2025〕4号 (tests/shapes/insurance),
# explained. Worked by hand from 第四条: 100,000.00 × 20% (三首保险, on top of
# the 80% from other levels) = 20,000.00; all levels together stay within
# the premium: 100,000.00 − 85,000.00 = 15,000.00, so 15,000.00 is paid
# (capped_by all-levels), to the applicant (第九条), in 2027 (第八条: the
# year after the claim). 第三条 and 第五条 list no rate for 三首保险: the
# rate_by rules do not cover it, and their conditions are not asked.
run: eval tech-insurance --policies $CASE_DIR/../../shapes/insurance --type three-firsts --premium 100000 --date 2026-03-01 --industry new-materials --specialized yes --upper-subsidy 85000 --explain
exit: 0
stdout:
Haidian science-and-technology insurance rules (海金融发〔2025〕4号)
Eligible: yes
Amount: 15,000.00 yuan
Rule: catalogue (premium subsidy for catalogue insurance products)
Article: 第四条
Capped by: all-levels
Payee: applicant
Payable year: 2027
Steps:
 1. 海金融发〔2025〕4号 is in force from 2025-09-16 to 2027-12-31; the claim's date 2026-03-01 is within it
    海金融发〔2025〕4号 第十五条: 「本细则自发布之日起实施,执行期至2027年12月31日。」
 2. 第二条, every rule's condition met: a tech enterprise in one of the key industries (industry is one of artificial intelligence, next-generation information technology, integrated circuits, pharmaceuticals and health, smart equipment, energy saving and environmental protection, new materials, intelligent connected vehicles, commercial space, low-altitude economy) [given: new materials]
    海金融发〔2025〕4号 第二条: 「本细则适用于海淀区重点关注的人工智能、新一代信息技术、集成电路、医药健康、智能装备、节能环保、新材料、智能网联汽车、商业航天、低空经济等重点产业的科技企业。」
 3. 第三条 inclusive comprehensive tech insurance group policy: does not cover the insurance type first-unit, first-batch and first-version insurance
 4. 第四条 premium subsidy for catalogue insurance products, condition met: a "specialized, refined, distinctive and innovative" (专精特新) enterprise [given: yes]
    海金融发〔2025〕4号 第四条: 「支持对象: 投保海淀区科技保险产品目录内科技保险的"专精特新"企业。」
 5. 第四条 premium subsidy for catalogue insurance products, amount: 20% × premium paid 100,000.00 yuan (first-unit, first-batch and first-version insurance, on top of the national or municipal 80% subsidy) = 20,000.00 yuan, rounded half-up to the fen
    海金融发〔2025〕4号 第四条: 「三首保险(首合套重大技术装备综合保险、新材料首批次应用保险、软件首版次应用保险)在享受国家级或市级补贴80%基础上补贴20%。」
 6. catalogue products, annual limit per enterprise: 500,000.00 yuan left this year; not reached
    海金融发〔2025〕4号 第四条: 「单家企业年度补贴上限50万元」
 7. subsidies from all levels together stay within the premium paid: at most the premium paid 100,000.00 yuan less the national and municipal subsidy 85,000.00 yuan, 15,000.00 yuan; the amount is cut from 20,000.00 yuan to 15,000.00 yuan
    海金融发〔2025〕4号 第四条: 「且获得的各级补贴资金总额不超过企业自担保费。」
 8. 第五条 premium subsidy for innovative tech insurance: does not cover the insurance type first-unit, first-batch and first-version insurance
 9. the highest amount is paid: 15,000.00 yuan under 第四条
    海金融发〔2025〕4号 第十四条: 「条款中涉及到政策交叉的,按照支持资金就高不就低的原则执行。」
10. paid to: the applicant
    海金融发〔2025〕4号 第九条: 「其他支持资金将发放至申报单位开设的银行账户。」
11. payable in the year after the claim, 2027
    海金融发〔2025〕4号 第八条: 「审核通过后支持资金纳入财政预算,并在申报下一年度进行政策兑现工作。」
stderr:
