# urban-renewal holds deadlines, dates and not amounts: eval points to deadline.
run: eval urban-renewal --from 2025-12-25
exit: 2
stdout:
stderr:
hdpolicy: error: POLICY: 'urban-renewal' is not accepted: the id or number of a document with an amount to compute (hiring-subsidy, tech-insurance) (the deadlines of urban-renewal are dates: hdpolicy deadline --list)
