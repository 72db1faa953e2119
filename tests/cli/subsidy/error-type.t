# Unknown type lists the accepted types
run: subsidy --type rdx --premium 1
exit: 2
stdout:
stderr:
hdpolicy: error: --type: 'rdx' is not accepted: one of inclusive, rd, product, finance, property, liability, three-firsts, ai-content, data-damage, cybersecurity, ic-tapeout, satellite-launch, satellite-orbit (or its Chinese name)
