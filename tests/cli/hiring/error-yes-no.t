# --contract takes yes or no.
run: hiring --hire-date 2025-07-15 --birth-date 2001-07-16 --contract maybe
exit: 2
stdout:
stderr:
hdpolicy: error: --contract: 'maybe' is not accepted: yes or no (also true/false, 1/0, 是/否)
