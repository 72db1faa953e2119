# document.contract: hiring names one policy: a second document saying it under another id (not a version
# of the first) is refused; under the same id it is a successor version and accepted (versions/hiring-successor.t)
run: sh: mkdir p && cp "$POLICIES/hiring-subsidy.yaml" p/ && cp -r "$POLICIES/sources" p/ && sed -e 's/^  id: hiring-subsidy$/  id: hiring-subsidy-bis/' -e 's/^  number: 海政办发〔2025〕7号$/  number: 测试〔2025〕9号/' p/hiring-subsidy.yaml > p/hiring-bis.yaml && hdpolicy check p
exit: 1
stdout:
p/hiring-subsidy.yaml:37:13: error: document.contract: hiring is said already by 测试〔2025〕9号 (p/hiring-bis.yaml, policy id hiring-subsidy-bis): one policy answers hdpolicy hiring, and a later version of it keeps its id
stderr:
1 problem in 2 files
