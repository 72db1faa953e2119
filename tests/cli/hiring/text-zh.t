# 中文: a graduate who left school exactly two years before the hire (2023-07-15 → 2025-07-15, inclusive);
# the left-school date is taken from the graduation date and said so.
run: hiring --hire-date 2025-07-15 --birth-date 2001-03-10 --graduation-date 2023-07-15 --unemployed yes --contract yes --lang zh
exit: 0
stdout:
可获一次性扩岗补助:1,000.00元
类别:离校两年内未就业高校毕业生
依据:
  - 第7项:属于离校两年内未就业高校毕业生:高校毕业生[实际:毕业日期2023-07-15]且离校两年内(招用之日在离校日期后2年以内,含满2年之日)[实际:2023-07-15,满2年之日为2025-07-15]且离校后未就业[实际:是]
  - 第7项:企业与其签订劳动合同[实际:是]
  - 印发通知:招用日期2025-07-15在政策覆盖期间2025-01-01至2025-12-31内(解释性认定:本方案为2025年度工作方案,未规定执行期限,按2025年内招用理解)
  - 第7项:按招用1人1,000.00元的标准发放一次性扩岗补助
假定:
  - 未提供离校日期(--left-school-date),按毕业日期2023-07-15认定为离校日期
政策:海政办发〔2025〕7号
