# A graduation date means a college graduate: --graduate no beside one is refused.
run: hiring --hire-date 2025-07-15 --birth-date 2001-07-16 --graduate no --graduation-date 2025-06-30
exit: 2
stdout:
stderr:
hdpolicy: error: --graduate: 'no' is not accepted: yes, or leave it out, when --graduation-date is given: a graduation or left-school date means a college graduate
