# --input - reads the CSV from standard input; the passed-through columns are
# under "columns" per product in JSON; an empty upper_subsidy cell is not given.
run: sh: printf 'type,premium,upper_subsidy,note\nrd,80000,,lab\n' | hdpolicy plan --date 2026-03-01 --industry ai --specialized yes --input - --format json
exit: 0
stdout:
{
  "date": "2026-03-01",
  "total": "40000.00",
  "sequential_total": "40000.00",
  "products": [
    {
      "type": "rd",
      "premium": "80000.00",
      "upper_subsidy": null,
      "eligible": true,
      "article": "4",
      "rule": "catalogue",
      "rate": "0.50",
      "subsidy": "40000.00",
      "capped_by": null,
      "reason": "第四条: R&D insurance (研发类保险) at 50% of the premium 80,000.00 yuan = 40,000.00 yuan",
      "sequential_article": "4",
      "sequential_subsidy": "40000.00",
      "claimed_differently": false,
      "columns": {
        "note": "lab"
      }
    }
  ],
  "caps": [
    {
      "id": "inclusive",
      "article": "第三条",
      "limit": "2500.00",
      "received": "0.00",
      "used": "0.00",
      "room": "2500.00"
    },
    {
      "id": "catalogue",
      "article": "第四条",
      "limit": "500000.00",
      "received": "0.00",
      "used": "40000.00",
      "room": "460000.00"
    },
    {
      "id": "innovative",
      "article": "第五条",
      "limit": "3000000.00",
      "received": "0.00",
      "used": "0.00",
      "room": "3000000.00"
    }
  ],
  "assumptions": [
    "product 1: not given: upper_subsidy; assumed subsidies from all levels together stay within the premium paid (第四条)"
  ],
  "choices": 0,
  "policy": "海金融发〔2025〕4号",
  "hdpolicy_version": "0.1.0"
}
stderr:
