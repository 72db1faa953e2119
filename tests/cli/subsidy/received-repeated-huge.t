# What fuzzing found: repeated huge --received amounts were summed in int64
# without a bound (signed overflow, undefined behaviour). Now the first one is
# refused: it is above the cap.
run: subsidy --type rd --premium 80000 --date 2026-03-01 --received catalogue=1000000000000000 --received catalogue=1000000000000000 --received catalogue=1000000000000000 --received catalogue=1000000000000000 --received catalogue=1000000000000000 --received catalogue=1000000000000000 --received catalogue=1000000000000000 --received catalogue=1000000000000000 --received catalogue=1000000000000000 --received catalogue=1000000000000000
exit: 2
stdout:
stderr:
hdpolicy: error: --received: 'catalogue=1000000000000000' is not accepted: at most 500,000.00 yuan, the amount of cap catalogue (第四条: catalogue products, annual limit per enterprise)
