# A mistyped kind of batch is named with the batch, and the closest kind.
run: batch hirng --input a.csv --output b.csv
exit: 2
stdout:
stderr:
hdpolicy: error: unknown command 'batch hirng'; did you mean 'batch hiring'?
Run 'hdpolicy help batch' for usage.
