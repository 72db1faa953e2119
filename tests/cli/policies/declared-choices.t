# policies lists what a declared document's choice facts accept: each id
# with its Chinese name (the help of --type says to look here), as the
# subsidy: section's types are listed. 海金融发〔2025〕4号 第三条 to 第五条 name
# the 13 insurance types, 第二条 the 10 key industries (other: none of them).
run: policies --policies $CASE_DIR/../../shapes/insurance
exit: 0
stdout-contains:
                  --type choice, insurance type, required
                    inclusive (普惠型综合科技保险), rd (研发类保险), product (产品类保险), finance (金融类保险), property (财产类保险), liability (责任类保险), three-firsts (三首保险), ai-content (生成式人工智能内容侵权险), data-damage (网络数据损害险), cybersecurity (网络安全险), ic-tapeout (集成电路首次流片险), satellite-launch (卫星发射险), satellite-orbit (卫星在轨险)
                  --premium money, premium paid, required
                  --industry choice, industry
                    ai (人工智能), next-gen-it (新一代信息技术), ic (集成电路), pharma-health (医药健康), smart-equipment (智能装备), energy-saving-env (节能环保), new-materials (新材料), connected-vehicles (智能网联汽车), commercial-space (商业航天), low-altitude (低空经济), other (其他)
                  --employees count, number of employees
