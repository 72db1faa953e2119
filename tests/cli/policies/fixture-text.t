# A small policies directory: one document and the 2025-2026 calendars
run: sh: mkdir -p p/calendars/cn && cp "$POLICIES/../tests/fixtures/check/base.yaml" p/ && cp "$POLICIES/calendars/cn/2025.yaml" "$POLICIES/calendars/cn/2026.yaml" p/calendars/cn/ && hdpolicy --policies p policies
exit: 0
stdout:
测试〔2025〕1号  测试政策
  file:           p/base.yaml
  effective:      2025-09-16 to 2027-12-31 (第十五条)
  types:          rd (研发类保险)
  caps:           catalogue 500000.00 yuan (第四条)
  rules:          catalogue (第四条)

Calendar: 2025 to 2026; first year not covered: 2027
stderr:
