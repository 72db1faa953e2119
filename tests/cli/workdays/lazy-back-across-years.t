# Going back 300 workdays from 2010-01-04 loads the years before 2010 that
# the count reaches; the answer is the whole calendar's (--policies).
run: sh: hdpolicy workdays add 2010-01-04 -- -300 > lazy && hdpolicy --policies "$POLICIES" workdays add 2010-01-04 -- -300 > whole && cmp lazy whole && cat lazy
exit: 0
stdout:
2008-10-23
stderr:
