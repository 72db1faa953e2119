# A pool of no workers would answer nothing.
run: serve --threads 0
exit: 2
stdout:
stderr:
hdpolicy: error: --threads: '0' is not accepted: 1 to 1024
