# defaults_to names a given fact of the same kind, implied_by given facts,
# not_before/not_after sit on a date fact; a cap's `each` is a key fact
# other than the enterprise's; `requires:` reads facts of the document.
run: sh: for change in 's/^caps:$/  - {id: since, kind: date, defaults_to: rent_paid, label: {zh: 起, en: since}}\n  - {id: flag, kind: yesno, implied_by: [nope], label: {zh: 标, en: flag}}\n  - {id: paid2, kind: money, not_before: [date], label: {zh: 付, en: paid}}\ncaps:/' 's/^    per: enterprise-year$/    per: enterprise-year\n    each: enterprise_id/' 's/^caps:$/requires: {fact: nope, is: true, cite: {article: 第三条, quote: "单家企业每年补贴金额不超过100万元"}}\ncaps:/'; do rm -rf p && cp -r "$CASE_DIR/../../shapes/policies" p && sed -i "$change" p/rent-subsidy.yaml && hdpolicy check p; echo "exit $?"; done
exit: 0
stdout:
p/rent-subsidy.yaml:50:42: error: fact 'since': defaults_to: 'rent_paid' is not another given fact of the same kind
p/rent-subsidy.yaml:51:41: error: fact 'flag': implied_by: 'nope' is not another given fact
p/rent-subsidy.yaml:52:42: error: fact 'paid2': not_before: given date facts, on a given date fact
exit 1
p/rent-subsidy.yaml:54:11: error: cap 'annual': each 'enterprise_id' is not a key fact of the document other than the enterprise's (e.g. person_id)
exit 1
p/rent-subsidy.yaml:50:18: error: requires: unknown fact 'nope' (known: enterprise_id, date, rent_paid, area, days, support_years_used)
exit 1
stderr:
3 problems in 5 files
1 problem in 5 files
1 problem in 5 files
