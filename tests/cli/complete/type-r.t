# The issue's example, as the shell asks it: `hdpolicy subsidy --type r<Tab>`
# has one answer, rd (研发类保险, 第四条), the only type id starting with r.
run: __complete subsidy --type r
exit: 0
stdout:
rd
stderr:
