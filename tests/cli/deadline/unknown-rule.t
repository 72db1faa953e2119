run: deadline --rule renewal.nope --from 2025-01-01
exit: 2
stderr:
hdpolicy: error: --rule: 'renewal.nope' is not accepted: one of insurance.inclusive-support, renewal.joint-review, renewal.admission-notice, renewal.public-notice, renewal.joint-acceptance, renewal.library-exit, renewal.transition-period (see 'hdpolicy deadline --list')
