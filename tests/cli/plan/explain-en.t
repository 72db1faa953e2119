# The example explained step by step in English.
run: plan --date 2026-03-01 --industry ai --specialized yes --product cybersecurity=400000:0 --product ic-tapeout=8000000:0 --explain
exit: 0
stdout:
 1. Plan: 2 products, dated 2026-03-01; 1 can be claimed under more than one article, and every one of the 2 assignments was tried
 2. Product 1 (cybersecurity, premium 400,000.00 yuan): 第四条: cybersecurity insurance (网络安全险) at 30% of the premium 400,000.00 yuan = 120,000.00 yuan
    海金融发〔2025〕4号 第四条: 「责任类保险(网络安全保险、公众责任保险、雇主责任保险等)补贴比例30%」
 3. claim under 第四条 rather than 第五条, which 第十四条 (the higher, 就高不就低) picks for this claim alone (200,000.00 yuan): the 第五条 cap of 3,000,000.00 yuan is then left to the other products, and the year's total is 3,120,000.00 yuan rather than 3,000,000.00 yuan one by one
    海金融发〔2025〕4号 第十四条: 「条款中涉及到政策交叉的,按照支持资金就高不就低的原则执行。」
 4. Product 2 (ic-tapeout, premium 8,000,000.00 yuan): 第五条: first IC tape-out insurance (集成电路首次流片险) at 50% of the premium 8,000,000.00 yuan = 4,000,000.00 yuan, limited to 3,000,000.00 yuan by 第五条
    海金融发〔2025〕4号 第五条: 「对投保人工智能、集成电路、商业航天领域创新型科技保险的企业,按照实际支付保费的50%给予保费补贴」
 5. 第三条: inclusive policy premium limit per enterprise 2,500.00 yuan; received 0.00 yuan; the plan uses 0.00 yuan; room left 2,500.00 yuan
    海金融发〔2025〕4号 第三条: 「普惠型综合科技保险为涵盖研发类、财产类、责任类等相关科技保险的产品组合,单家企业保费金额上限2500元。」
 6. 第四条: catalogue products, annual limit per enterprise 500,000.00 yuan; received 0.00 yuan; the plan uses 120,000.00 yuan; room left 380,000.00 yuan
    海金融发〔2025〕4号 第四条: 「单家企业年度补贴上限50万元」
 7. 第五条: innovative products, annual limit per enterprise 3,000,000.00 yuan; received 0.00 yuan; the plan uses 3,000,000.00 yuan; room left 0.00 yuan
    海金融发〔2025〕4号 第五条: 「单家企业年度补贴上限300万元」
 8. Result: 3,120,000.00 yuan for the year; 3,000,000.00 yuan claimed one by one
Policy: 海金融发〔2025〕4号
stderr:
