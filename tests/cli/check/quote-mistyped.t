# check: a quote not in the source text is an error at the quote, naming the
# source; a long quote is shortened to 40 characters, and the message shows
# where the quote departs from the text (60万元 for 50万元; 帐户 for 账户)
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check quote-mistyped.yaml
exit: 1
stdout:
quote-mistyped.yaml:32:41: error: quote not found in ../../../policies/sources/haidian-gazette-2025-03.txt (whitespace aside): "单家企业年度补贴上限60万元"; found only as far as "…企业年度补贴上限"
quote-mistyped.yaml:46:47: error: quote not found in ../../../policies/sources/haidian-gazette-2025-03.txt (whitespace aside): "普惠型综合科技保险统保支持资金将统一发放至承保的保险机构银行账户,其他支持资金将…"; found only as far as "…报单位开设的银行"
stderr:
2 problems in 1 file
