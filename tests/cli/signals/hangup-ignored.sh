#!/usr/bin/env bash
# Sends SIGHUP to a batch started with SIGHUP ignored (as nohup starts it),
# then lets the input end, and says how the run ended.
set -u
set -m

printf 'id,enterprise_id,date,type,premium\nA1,E1,2025-10-10,rd,80000\nA2,E1,2025-11-05,rd,1000000\n' > rows.csv
"$bin" batch subsidy --input rows.csv --output expected.csv 2> /dev/null
mkfifo rows.fifo
(cat rows.csv; exec sleep 60) > rows.fifo &
feeder=$!
disown "$feeder"   # no "Terminated" job notice on stderr when it is killed below
(trap '' HUP; exec "$bin" batch subsidy --input rows.fifo --output results.csv 2> /dev/null) &
pid=$!
for _ in $(seq 600); do  # at most 30 s, until the run has its temporary file
  [ -n "$(find . -name 'results.csv.tmp.*')" ] && break
  sleep 0.05
done
kill -s HUP "$pid"
sleep 0.2                         # time for a signal that was not ignored to end the run
kill -- -"$feeder" 2>/dev/null    # the input ends
wait "$pid" 2>/dev/null
echo "exit $?, results.csv $(cmp -s results.csv expected.csv && echo complete || echo WRONG)"
