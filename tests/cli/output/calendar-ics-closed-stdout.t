# Standard output closed (>&-): the iCalendar file is lost, so the run fails.
run: sh: hdpolicy calendar 2026 --format ics >&-
exit: 2
stdout:
stderr:
hdpolicy: error: could not write standard output: Bad file descriptor
