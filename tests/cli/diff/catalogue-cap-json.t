# The catalogue cap change (500,000 → 600,000, 第四条) as JSON: the amounts
# as data, the line as text.
run: sh: cp -r "$POLICIES" new && sed -i 's/amount: 500000.00/amount: 600000.00/' new/tech-insurance.yaml && hdpolicy diff "$POLICIES" new --format json
exit: 1
stdout:
{
  "same": false,
  "differences": [
    {
      "kind": "cap",
      "document": "海金融发〔2025〕4号",
      "article": "第四条",
      "id": "catalogue",
      "before": "500000.00",
      "after": "600000.00",
      "text": "海金融发〔2025〕4号 第四条: cap catalogue (catalogue products, annual limit per enterprise): 500,000.00 → 600,000.00 yuan"
    }
  ],
  "hdpolicy_version": "0.1.0"
}
stderr:
