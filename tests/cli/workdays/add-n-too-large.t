# Just above the bound on N.
run: workdays add 2025-01-01 100001
exit: 2
stderr-contains:
N: '100001' is not accepted
