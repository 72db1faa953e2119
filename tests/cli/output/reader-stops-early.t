# A reader that stops early (| head) ends the program quietly, as coreutils
# do: killed by SIGPIPE, status 141 (128 + 13), nothing on stderr.
run: sh: hdpolicy workdays list 1900-01-01 2299-12-31 --provisional | head -2; echo "status ${PIPESTATUS[0]}"
exit: 0
stdout:
1900-01-01 provisional
1900-01-02 provisional
status 141
stderr:
