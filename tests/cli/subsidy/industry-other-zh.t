# 其他 (the Chinese name of other) in Chinese output: both 第四条 and 第五条 are ruled out by 第二条.
run: subsidy --type cybersecurity --premium 80000 --date 2026-03-01 --industry 其他 --specialized yes --upper-subsidy 0 --lang zh
exit: 0
stdout:
不符合补贴条件
原因:第二条:不符合条件:属于重点产业的科技企业(所属产业为人工智能、新一代信息技术、集成电路、医药健康、智能装备、节能环保、新材料、智能网联汽车、商业航天、低空经济之一)[实际:其他],第四条不适用
原因:第二条:不符合条件:属于重点产业的科技企业(所属产业为人工智能、新一代信息技术、集成电路、医药健康、智能装备、节能环保、新材料、智能网联汽车、商业航天、低空经济之一)[实际:其他],第五条不适用
政策:海金融发〔2025〕4号
