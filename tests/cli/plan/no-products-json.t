# The per-type view as JSON: "types", each option with its article, rate, caps and room.
run: plan --date 2026-03-01 --industry ai --specialized no --employees 50 --revenue 1000000 --support-years-used 0 --format json
exit: 0
stdout:
{
  "date": "2026-03-01",
  "total": "0.00",
  "sequential_total": "0.00",
  "products": [],
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
      "used": "0.00",
      "room": "500000.00"
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
  "types": [
    {
      "type": "inclusive",
      "name": "inclusive comprehensive tech insurance",
      "eligible": true,
      "options": [
        {
          "article": "3",
          "rule": "inclusive",
          "eligible": true,
          "assumed": false,
          "rate": "1.00",
          "caps": [
            "inclusive"
          ],
          "room": "2500.00",
          "reason": null
        }
      ]
    },
    {
      "type": "rd",
      "name": "R&D insurance",
      "eligible": false,
      "options": [
        {
          "article": "4",
          "rule": "catalogue",
          "eligible": false,
          "assumed": false,
          "rate": "0.50",
          "caps": [
            "catalogue"
          ],
          "room": "500000.00",
          "reason": "第四条: condition not met: a \"specialized, refined, distinctive and innovative\" (专精特新) enterprise [given: no], so 第四条 does not apply"
        }
      ]
    },
    {
      "type": "product",
      "name": "product insurance",
      "eligible": false,
      "options": [
        {
          "article": "4",
          "rule": "catalogue",
          "eligible": false,
          "assumed": false,
          "rate": "0.50",
          "caps": [
            "catalogue"
          ],
          "room": "500000.00",
          "reason": "第四条: condition not met: a \"specialized, refined, distinctive and innovative\" (专精特新) enterprise [given: no], so 第四条 does not apply"
        }
      ]
    },
    {
      "type": "finance",
      "name": "financing insurance",
      "eligible": false,
      "options": [
        {
          "article": "4",
          "rule": "catalogue",
          "eligible": false,
          "assumed": false,
          "rate": "0.50",
          "caps": [
            "catalogue"
          ],
          "room": "500000.00",
          "reason": "第四条: condition not met: a \"specialized, refined, distinctive and innovative\" (专精特新) enterprise [given: no], so 第四条 does not apply"
        }
      ]
    },
    {
      "type": "property",
      "name": "property insurance",
      "eligible": false,
      "options": [
        {
          "article": "4",
          "rule": "catalogue",
          "eligible": false,
          "assumed": false,
          "rate": "0.30",
          "caps": [
            "catalogue"
          ],
          "room": "500000.00",
          "reason": "第四条: condition not met: a \"specialized, refined, distinctive and innovative\" (专精特新) enterprise [given: no], so 第四条 does not apply"
        }
      ]
    },
    {
      "type": "liability",
      "name": "liability insurance",
      "eligible": false,
      "options": [
        {
          "article": "4",
          "rule": "catalogue",
          "eligible": false,
          "assumed": false,
          "rate": "0.30",
          "caps": [
            "catalogue"
          ],
          "room": "500000.00",
          "reason": "第四条: condition not met: a \"specialized, refined, distinctive and innovative\" (专精特新) enterprise [given: no], so 第四条 does not apply"
        }
      ]
    },
    {
      "type": "three-firsts",
      "name": "first-unit, first-batch and first-version insurance",
      "eligible": false,
      "options": [
        {
          "article": "4",
          "rule": "catalogue",
          "eligible": false,
          "assumed": false,
          "rate": "0.20",
          "caps": [
            "catalogue"
          ],
          "room": "500000.00",
          "reason": "第四条: condition not met: a \"specialized, refined, distinctive and innovative\" (专精特新) enterprise [given: no], so 第四条 does not apply"
        }
      ]
    },
    {
      "type": "ai-content",
      "name": "generative-AI content infringement insurance",
      "eligible": true,
      "options": [
        {
          "article": "5",
          "rule": "innovative",
          "eligible": true,
          "assumed": false,
          "rate": "0.50",
          "caps": [
            "innovative"
          ],
          "room": "3000000.00",
          "reason": null
        }
      ]
    },
    {
      "type": "data-damage",
      "name": "network data damage insurance",
      "eligible": true,
      "options": [
        {
          "article": "5",
          "rule": "innovative",
          "eligible": true,
          "assumed": false,
          "rate": "0.50",
          "caps": [
            "innovative"
          ],
          "room": "3000000.00",
          "reason": null
        }
      ]
    },
    {
      "type": "cybersecurity",
      "name": "cybersecurity insurance",
      "eligible": true,
      "options": [
        {
          "article": "4",
          "rule": "catalogue",
          "eligible": false,
          "assumed": false,
          "rate": "0.30",
          "caps": [
            "catalogue"
          ],
          "room": "500000.00",
          "reason": "第四条: condition not met: a \"specialized, refined, distinctive and innovative\" (专精特新) enterprise [given: no], so 第四条 does not apply"
        },
        {
          "article": "5",
          "rule": "innovative",
          "eligible": true,
          "assumed": false,
          "rate": "0.50",
          "caps": [
            "innovative"
          ],
          "room": "3000000.00",
          "reason": null
        }
      ]
    },
    {
      "type": "ic-tapeout",
      "name": "first IC tape-out insurance",
      "eligible": true,
      "options": [
        {
          "article": "5",
          "rule": "innovative",
          "eligible": true,
          "assumed": false,
          "rate": "0.50",
          "caps": [
            "innovative"
          ],
          "room": "3000000.00",
          "reason": null
        }
      ]
    },
    {
      "type": "satellite-launch",
      "name": "satellite launch insurance",
      "eligible": true,
      "options": [
        {
          "article": "5",
          "rule": "innovative",
          "eligible": true,
          "assumed": false,
          "rate": "0.50",
          "caps": [
            "innovative"
          ],
          "room": "3000000.00",
          "reason": null
        }
      ]
    },
    {
      "type": "satellite-orbit",
      "name": "satellite in-orbit insurance",
      "eligible": true,
      "options": [
        {
          "article": "5",
          "rule": "innovative",
          "eligible": true,
          "assumed": false,
          "rate": "0.50",
          "caps": [
            "innovative"
          ],
          "room": "3000000.00",
          "reason": null
        }
      ]
    }
  ],
  "assumptions": [],
  "choices": 0,
  "policy": "海金融发〔2025〕4号",
  "hdpolicy_version": "0.1.0"
}
stderr:
