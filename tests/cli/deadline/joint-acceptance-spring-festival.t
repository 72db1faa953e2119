# 5 workdays after a completion check on Friday 2026-02-13, across the 2026 Spring
# Festival (rest 02-15..02-23; make-up Saturdays 02-14 and 02-28): 02-14, 24, 25, 26, 27.
run: deadline --rule renewal.joint-acceptance --from 2026-02-13
exit: 0
stdout-contains:
2026-02-27
Last day: 2026-02-27, Friday
