# --provisional: Dec 2-31 2026 has 22 workdays; 8 more in January 2027 by the
# weekend rule (Jan 1, 4-8, 11, 12) -> 2027-01-12, marked provisional.
run: deadline --rule renewal.admission-notice --from 2026-12-01 --provisional --format json
exit: 0
stdout-contains:
"deadline": "2027-01-12",
"provisional": true,
