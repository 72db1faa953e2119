# A make-up workday typed as a weekday is reported at its line and column.
run: sh: cp -r "$POLICIES" p && printf 'year: 2027\nholidays:\n  - name: 元旦\n    name_en: New Year\n    from: 2027-01-01\n    to: 2027-01-03\n    workdays: [2027-01-05]\n' > p/calendars/cn/2027.yaml && hdpolicy --policies p workdays is 2027-01-05
exit: 2
stdout:
stderr-contains:
calendars/cn/2027.yaml:7:16: error: holidays[0] (元旦): make-up workday 2027-01-05 is a Tuesday, not a Saturday or Sunday
