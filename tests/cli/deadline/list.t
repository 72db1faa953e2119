# Every rule the issue names, with its period and citation.
run: deadline --list
exit: 0
stdout-contains:
renewal.joint-review  10 workdays
renewal.admission-notice  30 workdays
renewal.public-notice  at least 15 workdays
renewal.joint-acceptance  5 workdays
renewal.library-exit  1 year
renewal.transition-period  5 years
insurance.inclusive-support  3 years
海金融发〔2025〕4号 第三条: 「原则上对单家企业支持三年」
