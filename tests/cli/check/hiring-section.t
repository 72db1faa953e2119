# check: a top-level hiring: section (the built-in hiring mechanism's format, gone) is refused with what to write instead
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check hiring-section.yaml
exit: 1
stdout:
hiring-section.yaml: note: 1 quote not checked: no document.source names the text they come from
hiring-section.yaml:14:3: error: hiring: a hiring: section is no longer read: write the subsidy as a document of declared shape (facts:, caps:, rules:) with document.contract: hiring, as policies/hiring-subsidy.yaml does
stderr:
1 problem in 1 file
