# The shipped policies: each document with what it defines, and the calendar years
run: policies
exit: 0
stdout-contains:
海金融发〔2025〕4号  海淀区关于推动科技保险高质量发展助力世界领先科技园区建设的实施细则
  effective:      2025-09-16 to 2027-12-31 (第十五条)
  caps:           inclusive 2500.00 yuan (第三条), catalogue 500000.00 yuan (第四条), innovative 3000000.00 yuan (第五条)
  rules:          inclusive (第三条), catalogue (第四条), innovative (第五条)
三首保险
海政办发〔2025〕7号
  caps:           once-per-person at most 1 time (第7项)
  rules:          graduation-year (第7项), graduate-within-two-years (第7项), registered-unemployed-youth (第7项)
  eval:           hdpolicy eval hiring-subsidy
海政发〔2025〕4号
renewal.admission-notice (30 workdays
Calendar: 2004 to 2026; first year not covered: 2027
stderr:
