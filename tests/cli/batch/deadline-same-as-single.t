# A rule in batch gives the date the single command gives.
run: sh: printf 'from,rule\n2025-09-26,renewal.admission-notice\n2025-12-25,renewal.public-notice\n' > in.csv; hdpolicy batch deadline --input in.csv --output - | tail -n +2 | cut -d, -f3 > batch.txt; { hdpolicy deadline --rule renewal.admission-notice --from 2025-09-26 | head -1; hdpolicy deadline --rule renewal.public-notice --from 2025-12-25 | head -1; } > single.txt; cat batch.txt; cmp batch.txt single.txt && echo same
stdout:
2025-11-13
2026-01-16
same
