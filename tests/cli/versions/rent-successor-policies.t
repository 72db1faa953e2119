# hdpolicy policies on a policy of two versions: each version is listed, and its eval line says
# that the id names the version in force on the claim's date and the number this version; in JSON,
# "latest" marks the one the id names (the page makes one tab of it) and "versions" counts them.
run: sh: bash "$CASE_DIR/../../versions/add-rent-successor.sh" && cd "$CASE_TMP" && hdpolicy policies --policies policies | grep -E "^示例租|eval:" && hdpolicy policies --policies policies --format json | grep -E "\"(latest|versions)\""
exit: 0
stdout:
  eval:           hdpolicy eval rd-reward
示例租〔2027〕9号  海淀区重点企业办公用房租金补贴办法(示例)
  eval:           hdpolicy eval rent-subsidy (the version in force on the claim's date), or hdpolicy eval 示例租〔2027〕9号 (this version)
示例租〔2026〕1号  海淀区重点企业办公用房租金补贴办法(示例)
  eval:           hdpolicy eval rent-subsidy (the version in force on the claim's date), or hdpolicy eval 示例租〔2026〕1号 (this version)
        "latest": true,
        "versions": 1
        "latest": true,
        "versions": 2
        "latest": false,
        "versions": 2
