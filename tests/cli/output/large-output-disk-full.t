# Output far larger than one buffer (3 MB): the first failed write is the
# one reported, once.
run: sh: hdpolicy workdays list 1900-01-01 2299-12-31 --provisional > /dev/full
exit: 2
stdout:
stderr:
hdpolicy: error: could not write standard output: No space left on device
