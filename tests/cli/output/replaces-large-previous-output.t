# A previous output of 16 MiB is replaced by the new one, and its blocks are
# freed by a child process once the run has answered (the freeing of the
# 170 MB output of the bench file took 30-50 ms inside the rename). The run's
# output ends when the run does (the child keeps no descriptor of the
# caller's), and the old file is soon held by no process: its space comes
# back. 80,000 yuan of R&D insurance premium pays 50% (第四条): 40,000.00.
run: sh: bash "$CASE_DIR/replaces-large-previous-output.sh"
exit: 0
stdout:
exit 0
id,subsidy,article
A1,40000.00,4
out.csv
rows.csv
old output: closed by every process
stderr:
