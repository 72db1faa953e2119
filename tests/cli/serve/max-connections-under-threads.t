# The total may not be below the workers, which each hold a connection.
run: serve --threads 8 --max-connections 7
exit: 2
stdout:
stderr:
hdpolicy: error: --max-connections: '7' is not accepted: --threads (8) to 65536
