# --version: the release (project(VERSION) in CMakeLists.txt), the commit
# (a git hash, or "unknown" where the source is not a git checkout, so only
# the label is checked), and what is built in: the three documents of
# policies/*.yaml in file-name order (hiring-subsidy, tech-insurance,
# urban-renewal) and the calendars policies/calendars/cn/2004.yaml to 2026.yaml.
run: --version
exit: 0
stdout-contains:
hdpolicy 0.1.0
commit: 
built-in documents: 海政办发〔2025〕7号, 海金融发〔2025〕4号, 海政发〔2025〕4号
built-in calendar years: 2004–2026
stderr:
