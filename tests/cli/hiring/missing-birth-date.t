# --birth-date is required: age decides the youth category.
run: hiring --hire-date 2025-07-15
exit: 2
stdout:
stderr-contains:
--birth-date is required
