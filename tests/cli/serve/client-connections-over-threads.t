# One address may not hold more workers than there are.
run: serve --threads 8 --client-connections 9
exit: 2
stdout:
stderr:
hdpolicy: error: --client-connections: '9' is not accepted: 1 to --threads (8)
