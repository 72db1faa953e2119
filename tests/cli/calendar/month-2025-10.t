# October 2025, Monday first: * the National Day and Mid-autumn rest days
# 10-01..10-08 (Wednesday to Wednesday), + the make-up Saturday 10-11; the legend
# names the holiday and both make-up workdays (09-28 is in September).
run: calendar 2025-10
exit: 0
stdout:
        October 2025
 Mo  Tu  We  Th  Fr  Sa  Su
          1*  2*  3*  4*  5*
  6*  7*  8*  9  10  11+ 12
 13  14  15  16  17  18  19
 20  21  22  23  24  25  26
 27  28  29  30  31

* holiday rest day  + make-up workday  Sa Su weekend rest days
  National Day and Mid-autumn Festival (国庆节、中秋节): rest 2025-10-01 to 2025-10-08; make-up workdays 2025-09-28, 2025-10-11
