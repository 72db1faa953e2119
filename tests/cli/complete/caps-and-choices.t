# --received takes CAP_ID=AMOUNT: the caps of tech-insurance.yaml (第三条
# inclusive, 第四条 catalogue, 第五条 innovative), each ending in =; --format
# offers its validator's choices; yes/no facts offer yes and no.
run: sh: hdpolicy __complete subsidy --received ''; hdpolicy __complete batch subsidy --format ''; hdpolicy __complete subsidy --specialized ''
exit: 0
stdout:
inclusive=
catalogue=
innovative=
csv
json
yes
no
stderr:
