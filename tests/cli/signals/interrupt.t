# SIGTERM, SIGINT and SIGHUP in the middle of a 2,000,000-row batch: the
# temporary output file is removed, the results.csv of an earlier run is left
# exactly as it was, nothing is printed, and the status is 128 + the signal
# number (143, 130, 129), as the program dies of the signal itself.
run: sh: bash "$CASE_DIR/interrupt.sh" TERM INT HUP
exit: 0
stdout:
TERM: exit 143 | 16 MB written first: yes | temporary files left: 0 | results.csv: unchanged | stderr: empty
INT: exit 130 | 16 MB written first: yes | temporary files left: 0 | results.csv: unchanged | stderr: empty
HUP: exit 129 | 16 MB written first: yes | temporary files left: 0 | results.csv: unchanged | stderr: empty
stderr:
