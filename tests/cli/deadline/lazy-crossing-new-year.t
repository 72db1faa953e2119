# Start-up loads only the calendar years of --from (2024, and 2025 for its
# December); 30 workdays from 2024-12-25 reach February 2025, whose answer
# needs the 2026 notice too, so those years are loaded and the count is the
# whole calendar's (the same output as --policies, which reads every file).
# By hand: 2024-12-26, 27, 30, 31 (4); 2025-01-01 New Year's Day; 01-02, 03
# (6); three full weeks to 01-24 (21); Sunday 01-26 a make-up workday (22);
# 01-27 (23); 01-28..02-04 Spring Festival; 02-05, 06, 07 (26); Saturday 02-08
# a make-up workday (27); 02-10, 11, 12 (30).
run: sh: hdpolicy deadline --rule renewal.admission-notice --from 2024-12-25 --explain > lazy && hdpolicy --policies "$POLICIES" deadline --rule renewal.admission-notice --from 2024-12-25 --explain > whole && cmp lazy whole && head -2 lazy
exit: 0
stdout:
2025-02-12
renewal.admission-notice: the housing commission issues the storage-library admission notice
stderr:
