# --industry other states the enterprise is known to be outside 第二条's key industries:
# 第二条 rules the claim out, with that reason, and nothing is assumed (not even the
# facts 第四条 would need, since the claim is out of scope before they are read).
run: subsidy --type rd --premium 80000 --date 2026-03-01 --industry other
exit: 0
stdout:
Not eligible
Reason: 第二条: condition not met: a tech enterprise in one of the key industries (industry is one of ai (人工智能), next-gen-it (新一代信息技术), ic (集成电路), pharma-health (医药健康), smart-equipment (智能装备), energy-saving-env (节能环保), new-materials (新材料), connected-vehicles (智能网联汽车), commercial-space (商业航天), low-altitude (低空经济)) [given: other (其他)], so 第四条 does not apply
Policy: 海金融发〔2025〕4号
