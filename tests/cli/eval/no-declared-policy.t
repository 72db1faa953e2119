# The shipped policies have no document of declared shape yet: eval says so.
run: eval rent-subsidy --rent-paid 1
exit: 2
stdout:
stderr:
hdpolicy: error: POLICY: 'rent-subsidy' is not accepted: the id or number of a document with facts: and rules: (none is loaded)
