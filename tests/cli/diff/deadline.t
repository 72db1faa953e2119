# 入库确认: 收到入库申请之日起30个工作日内; the copy says 20.
run: sh: cp -r "$POLICIES" new && sed -i '/id: renewal.admission-notice/,/cite:/ s/count: 30/count: 20/' new/urban-renewal.yaml && hdpolicy diff "$POLICIES" new
exit: 1
stdout:
海政发〔2025〕4号 三、(一) 3. 入库确认: deadline rule renewal.admission-notice (the housing commission issues the storage-library admission notice): 30 workdays → 20 workdays
1 difference
stderr:
