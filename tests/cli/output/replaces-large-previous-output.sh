#!/usr/bin/env bash
# Replaces a 16 MiB previous output (large enough that its blocks are freed
# by a child process after the run, cmd/output_file.cpp) and says whether the
# run's output was read to its end at once, what the file holds, and whether
# the old file is still held open by any process a moment later.
set -u
printf 'id,enterprise_id,date,type,premium,industry,employees,revenue,high_tech_year,specialized,upper_subsidy,support_years_used\nA1,E1,2025-10-10,rd,80000,ai,,,,yes,0,0\n' > rows.csv
head -c 16777216 /dev/zero | tr '\0' x > out.csv
# $(...) reads the run's stdout and stderr to their end: a child keeping
# either open would hold it until the child exits.
said=$(timeout 20 "$bin" batch subsidy --input rows.csv --output out.csv 2>&1; echo "exit $?")
echo "$said"
head -c 2000 out.csv | cut -d, -f1,14,15
ls
for _ in $(seq 200); do  # at most 10 s for the child to close the old file
  held=$(find /proc/[0-9]*/fd -lname "$PWD/out.csv (deleted)" 2>/dev/null | head -1)
  [ -z "$held" ] && break
  sleep 0.05
done
echo "old output: ${held:+still held open ($held)}${held:-closed by every process}"
