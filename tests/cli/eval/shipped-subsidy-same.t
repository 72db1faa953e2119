# By its number and with --opt=value, explained in Chinese, with a cap
# already partly received: eval prints byte for byte what subsidy prints
# (the whole cap received leaves 0.00, subsidy/received-at-cap.t).
run: sh: a=$(hdpolicy eval 海金融发〔2025〕4号 --type=rd --premium 80000 --date 2026-03-01 --industry ai --specialized yes --upper-subsidy 0 --received catalogue=500000 --explain --lang zh); b=$(hdpolicy subsidy --type rd --premium 80000 --date 2026-03-01 --industry ai --specialized yes --upper-subsidy 0 --received catalogue=500000 --explain --lang zh); [ "$a" = "$b" ] && echo "$a" | grep -c '^11. 结论:补贴0.00元$'
exit: 0
stdout:
1
stderr:
