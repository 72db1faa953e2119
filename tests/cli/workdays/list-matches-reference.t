# The issue's acceptance check: every workday 2004-2026, one per line, equals the
# reference table (tests/data/) read independently here: a listed day as
# listed (rest/work), any other day Monday to Friday. 2004-01-01 was a Thursday.
# 5744 workdays in all (counted independently from the CSV with Python too).
run: sh: awk -F, 'NR>1 { k[$1]=$2 } END { wd=4; for (y=2004; y<=2026; y++) for (m=1; m<=12; m++) { n=(m==2)?((y%4==0 && (y%100!=0 || y%400==0))?29:28):((m==4||m==6||m==9||m==11)?30:31); for (d=1; d<=n; d++) { s=sprintf("%04d-%02d-%02d", y, m, d); w=(s in k)?(k[s]=="work"):(wd>=1 && wd<=5); if (w) print s; wd=(wd+1)%7 } } }' "$TEST_DATA/cn-statutory-calendar-2004-2026.csv" | tr -d '\r' > expected && hdpolicy workdays list 2004-01-01 2026-12-31 > got && wc -l < expected && cmp expected got && echo same
exit: 0
stdout:
5744
same
