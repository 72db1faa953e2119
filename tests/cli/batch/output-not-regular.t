# Only a regular file is replaced through a temporary file and rename: a
# symbolic link or a pipe (like /dev/null or /dev/stdout) is written in place.
run: sh: touch real.csv; ln -s real.csv link.csv; mkfifo pipe; (cat pipe > from-pipe.csv &); hdpolicy batch subsidy --input "$POLICIES/../tests/fixtures/batch/caps.csv" --output link.csv && hdpolicy batch subsidy --input "$POLICIES/../tests/fixtures/batch/caps.csv" --output pipe && sleep 0.2; test -L link.csv && echo link kept; cmp real.csv "$POLICIES/../tests/fixtures/batch/caps.expected.csv" && cmp from-pipe.csv "$POLICIES/../tests/fixtures/batch/caps.expected.csv" && echo written; ls
stdout:
link kept
written
from-pipe.csv
link.csv
pipe
real.csv
