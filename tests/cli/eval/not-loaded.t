# A document that is not loaded is refused, listing those eval computes: the
# shipped policies' documents with an amount (not urban-renewal's deadlines).
run: eval rent-subsidy --rent-paid 1
exit: 2
stdout:
stderr:
hdpolicy: error: POLICY: 'rent-subsidy' is not accepted: the id or number of a document with an amount to compute (hiring-subsidy, tech-insurance)
