# Five years from 2022-03-07 end on 2027-03-07, a year no notice covers: as
# with the whole calendar, the period needs none (it does not roll), and no
# rest-day line is printed for a day the calendar cannot judge.
run: sh: hdpolicy deadline --rule renewal.transition-period --from 2022-03-07 > lazy && hdpolicy --policies "$POLICIES" deadline --rule renewal.transition-period --from 2022-03-07 > whole && cmp lazy whole && grep -c 'rest day' lazy; head -1 lazy
exit: 0
stdout:
0
2027-03-07
stderr:
