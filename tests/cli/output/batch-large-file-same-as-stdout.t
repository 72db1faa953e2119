# A large output written to a file (about 30 MB: the write-back of each
# 8 MiB chunk is started while the batch writes, and the chunk before it
# waited for) is complete and byte for byte what the same run writes to
# standard output; it replaces the file that was there, and no temporary
# file is left beside it. 300,000 claims of 80,000 yuan of R&D insurance
# (第四条: 50%, 40,000.00 each, paid the next year) by 600 specialized AI
# enterprises, 500 claims each in 2025: the catalogue cap of 500,000 a year
# (第四条) pays 12 claims in full (480,000), cuts the 13th to 20,000 and
# leaves 0.00 for the other 487.
run: sh: awk 'BEGIN { print "id,enterprise_id,date,type,premium,industry,specialized,upper_subsidy"; for (i = 0; i < 300000; i++) printf "A%06d,E%03d,2025-10-10,rd,80000,ai,yes,0\n", i, i % 600 }' > in.csv && echo old > out.csv && hdpolicy batch subsidy --input in.csv --output out.csv 2>/dev/null && hdpolicy batch subsidy --input in.csv --output - > stdout.csv 2>/dev/null && cmp out.csv stdout.csv && echo same && ls && test "$(stat -c %s out.csv)" -gt 25000000 && echo large && wc -l < out.csv && grep -c ',yes,40000.00,4,,applicant,2026,,$' out.csv && grep -c ',yes,20000.00,4,annual-cap,applicant,2026,"cut by cap catalogue 500000.00 (第四条), 480000.00 used earlier in 2025",$' out.csv && grep -c ',yes,0.00,4,annual-cap,applicant,2026,"cut by cap catalogue 500000.00 (第四条), 500000.00 used earlier in 2025",$' out.csv
exit: 0
stdout:
same
in.csv
out.csv
stdout.csv
large
300001
7200
600
292200
stderr:
