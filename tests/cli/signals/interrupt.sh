#!/usr/bin/env bash
# Interrupts `hdpolicy batch subsidy` in the middle of a 2,000,000-row file,
# once for each signal named, and says what each run left behind.
# Usage (from a case's $CASE_TMP): bash interrupt.sh TERM INT HUP
#
# The rows reach the batch through a FIFO whose writer stays open until the
# signal has been sent, so the run cannot finish first however fast the
# machine is; the signal goes once 16 MB of results are in the temporary file.
set -u
set -m  # jobs in their own process groups, and SIGINT not ignored in them (as at a terminal)

awk 'BEGIN {
  print "id,enterprise_id,date,type,premium"
  for (i = 1; i <= 2000000; i++) printf "A%d,E%d,2025-10-10,rd,%d\n", i, i % 5000, 1000 + i % 90000
}' > rows.csv
echo "results of an earlier run" > results.csv
cp results.csv earlier.csv
threshold=$((16 << 20))

for sig in "$@"; do
  rm -f rows.fifo && mkfifo rows.fifo
  (cat rows.csv; exec sleep 60) > rows.fifo &
  feeder=$!
  # Default dispositions whatever this test inherited (a signal ignored when
  # the run starts stays ignored, by design: see hangup-ignored.t).
  env --default-signal=INT,TERM,HUP "$bin" batch subsidy --input rows.fifo --output results.csv 2> stderr.txt &
  pid=$!
  tmp=results.csv.tmp.$pid
  size=0
  for _ in $(seq 600); do  # at most 30 s
    size=$(stat -c %s "$tmp" 2>/dev/null || echo 0)
    [ "$size" -ge "$threshold" ] && break
    kill -0 "$pid" 2>/dev/null || break  # ended early: reported below
    sleep 0.05
  done
  kill -s "$sig" "$pid"
  wait "$pid" 2>/dev/null  # bash would report the death of its job here
  status=$?
  kill -- -"$feeder" 2>/dev/null
  wait "$feeder" 2>/dev/null
  echo "$sig: exit $status" \
    "| 16 MB written first: $([ "$size" -ge "$threshold" ] && echo yes || echo no)" \
    "| temporary files left: $(find . -name 'results.csv.tmp.*' | wc -l)" \
    "| results.csv: $(cmp -s results.csv earlier.csv && echo unchanged || echo CHANGED)" \
    "| stderr: $([ -s stderr.txt ] && cat stderr.txt || echo empty)"
done
