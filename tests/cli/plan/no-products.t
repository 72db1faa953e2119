# No product: every one of the 13 types. Not 专精特新 (第四条's 支持对象), so every
# 第四条 option is closed, rd among them, while cybersecurity stays open under
# 第五条 (50%, its 3,000,000 cap). 100,000 received under 第四条 leaves 400,000.
run: plan --date 2026-03-01 --industry ai --specialized no --received catalogue=100000 --employees 50 --revenue 1000000 --support-years-used 0
exit: 0
stdout:
What could be claimed, dated 2026-03-01:
type              article  rate  cap            room left  eligible
inclusive         第三条   100%  inclusive       2,500.00  yes
rd                第四条    50%  catalogue     400,000.00  no: 第四条: condition not met: a "specialized, refined, distinctive and innovative" (专精特新) enterprise [given: no], so 第四条 does not apply
product           第四条    50%  catalogue     400,000.00  no: 第四条: condition not met: a "specialized, refined, distinctive and innovative" (专精特新) enterprise [given: no], so 第四条 does not apply
finance           第四条    50%  catalogue     400,000.00  no: 第四条: condition not met: a "specialized, refined, distinctive and innovative" (专精特新) enterprise [given: no], so 第四条 does not apply
property          第四条    30%  catalogue     400,000.00  no: 第四条: condition not met: a "specialized, refined, distinctive and innovative" (专精特新) enterprise [given: no], so 第四条 does not apply
liability         第四条    30%  catalogue     400,000.00  no: 第四条: condition not met: a "specialized, refined, distinctive and innovative" (专精特新) enterprise [given: no], so 第四条 does not apply
three-firsts      第四条    20%  catalogue     400,000.00  no: 第四条: condition not met: a "specialized, refined, distinctive and innovative" (专精特新) enterprise [given: no], so 第四条 does not apply
ai-content        第五条    50%  innovative  3,000,000.00  yes
data-damage       第五条    50%  innovative  3,000,000.00  yes
cybersecurity     第四条    30%  catalogue     400,000.00  no: 第四条: condition not met: a "specialized, refined, distinctive and innovative" (专精特新) enterprise [given: no], so 第四条 does not apply
                  第五条    50%  innovative  3,000,000.00  yes
ic-tapeout        第五条    50%  innovative  3,000,000.00  yes
satellite-launch  第五条    50%  innovative  3,000,000.00  yes
satellite-orbit   第五条    50%  innovative  3,000,000.00  yes
Caps:
cap         article         limit    received  plan uses     room left
inclusive   第三条       2,500.00        0.00       0.00      2,500.00
catalogue   第四条     500,000.00  100,000.00       0.00    400,000.00
innovative  第五条   3,000,000.00        0.00       0.00  3,000,000.00
Policy: 海金融发〔2025〕4号
stderr:
