# tech-insurance takes the options of `hdpolicy subsidy`, listed when one is not.
run: eval tech-insurance --rent-paid 1
exit: 2
stdout:
stderr:
hdpolicy: error: --rent-paid: '--rent-paid' is not accepted: an option of tech-insurance: --type, --premium, --date, --industry, --employees, --revenue, --high-tech-year, --specialized, --upper-subsidy, --support-years-used
