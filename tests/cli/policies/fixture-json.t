# The same as JSON
run: sh: mkdir -p p/calendars/cn && cp "$POLICIES/../tests/fixtures/check/base.yaml" p/ && cp "$POLICIES/calendars/cn/2025.yaml" "$POLICIES/calendars/cn/2026.yaml" p/calendars/cn/ && hdpolicy --policies p policies --format json
exit: 0
stdout:
{
  "documents": [
    {
      "number": "测试〔2025〕1号",
      "title": "测试政策",
      "file": "p/base.yaml",
      "effective": {
        "from": "2025-09-16",
        "to": "2027-12-31",
        "article": "第十五条"
      },
      "types": [
        {
          "id": "rd",
          "zh": "研发类保险",
          "en": "R&D insurance"
        }
      ],
      "caps": [
        {
          "id": "catalogue",
          "amount": "500000.00",
          "article": "第四条"
        }
      ],
      "rules": [
        {
          "id": "catalogue",
          "article": "第四条",
          "zh": "保费补贴",
          "en": "premium subsidy"
        }
      ],
      "deadline_rules": []
    }
  ],
  "calendar": {
    "first_year": 2025,
    "last_year": 2026,
    "first_uncovered_year": 2027
  },
  "hdpolicy_version": "0.1.0"
}
stderr:
