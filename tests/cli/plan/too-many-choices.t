# 21 cybersecurity policies, each open under 第四条 and 第五条: 2^21 assignments, more
# than the exact search takes (20 products with a choice, 2^20 = 1,048,576).
run: plan --date 2026-03-01 --industry ai --specialized yes --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0 --product cybersecurity=1000:0
exit: 2
stdout:
stderr:
hdpolicy: error: plan: 21 products can each be claimed under more than one article; the exact search tries every assignment of at most 20 such products (1048576 assignments): plan the portfolio in parts
