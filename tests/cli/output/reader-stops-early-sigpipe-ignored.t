# Started with SIGPIPE ignored, the program sees the failed write (EPIPE)
# itself, and still ends quietly with the same status 141.
run: sh: trap '' PIPE; hdpolicy workdays list 1900-01-01 2299-12-31 --provisional | head -1; echo "status ${PIPESTATUS[0]}"
exit: 0
stdout:
1900-01-01 provisional
status 141
stderr:
