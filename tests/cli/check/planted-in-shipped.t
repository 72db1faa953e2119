# A copy of the shipped policies with one error of each kind planted: each is
# reported at the line it was planted on (the script looks the lines up)
run: sh: bash "$POLICIES/../tests/fixtures/check/plant-errors.sh" "$POLICIES"
exit: 0
stdout-contains:
'130%' is not a rate in (0, 1]
'0' is not a positive amount
ends (2025-01-01) before it starts
unknown cap 'inovative'
duplicate key 'payee'
unknown key 'rat'
quote not found in p/sources/haidian-gazette-2025-03.txt
make-up workday 2026-01-05 is a Monday
unknown subsidy rule 'catalog'
