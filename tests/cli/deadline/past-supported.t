# A deadline past 2299-12-31 is refused, naming the period and its start: the
# five-year transition period (海政发〔2025〕4号 六、(三)) from 2294-12-31 ends
# on 2299-12-31, from 2295-01-01 it would end in 2300.
run: sh: hdpolicy deadline --rule renewal.transition-period --from 2294-12-31 | head -1 && hdpolicy deadline --rule renewal.transition-period --from 2295-01-01
exit: 2
stdout:
2299-12-31
stderr:
hdpolicy: error: the period of 5 years from 2295-01-01 falls after 2299-12-31: dates run from 1900-01-01 to 2299-12-31
