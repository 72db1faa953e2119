# The hiring plan has no caps a claim counts against: --received is refused.
run: eval hiring-subsidy --hire-date 2025-07-15 --received annual=1
exit: 2
stdout:
stderr:
hdpolicy: error: --received: 'annual=1' is not accepted: nothing: hiring-subsidy has no caps to count against
