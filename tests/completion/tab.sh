#!/usr/bin/env bash
# Types into a real shell under tmux and presses Tab, as a user would, and
# checks the line the completion leaves. Usage:
#   tab.sh bash|bash-plain|zsh PATH/TO/hdpolicy COMPLETIONS_DIR
# bash: with the bash-completion package; bash-plain: without it; zsh: compinit.
# Exits 77 (ctest: skipped) when tmux, the shell or bash-completion is missing.
set -u
mode=$1 bin=$2 completions=$3
skip() { echo "skipped: $1"; exit 77; }
command -v tmux >/dev/null || skip "no tmux"
bash_completion=/usr/share/bash-completion/bash_completion
case $mode in
  bash) [ -r "$bash_completion" ] || skip "no bash-completion" ;;
  zsh) command -v zsh >/dev/null || skip "no zsh" ;;
esac

work=$(mktemp -d)
trap 'tmux -S "$work/tmux" kill-server 2>/dev/null; sleep 0.2; rm -rf "$work" 2>/dev/null' EXIT
mkdir "$work/bin" && ln -s "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" "$work/bin/hdpolicy"
env="env -i HOME=$work PATH=$work/bin:/usr/bin:/bin TERM=screen LANG=C.UTF-8 HDPOLICY_POLICIES="
case $mode in
  bash) shell="$env bash --norc --noprofile"
        setup="source $bash_completion; source $completions/hdpolicy.bash" ;;
  bash-plain) shell="$env bash --norc --noprofile"; setup="source $completions/hdpolicy.bash" ;;
  zsh) shell="$env zsh -f"; setup="fpath=($completions \$fpath); autoload -U compinit; compinit -u" ;;
esac
tmux -S "$work/tmux" -f /dev/null new-session -d -x 200 -y 10 "$shell"
tmux -S "$work/tmux" send-keys "PS1='> '; PROMPT='> '; $setup; clear" Enter
sleep 0.5

failed=0
# Types `typed`, presses Tab, and waits up to 5 s for the prompt line to read
# `want`. The pane's text loses trailing blanks, so the cursor's column tells
# whether a space follows (a finished word) or not (CAP_ID=).
expect_tab() {
  local typed=$1 want=$2 line="" got=""
  tmux -S "$work/tmux" send-keys -l "$typed"
  tmux -S "$work/tmux" send-keys Tab
  for _ in $(seq 50); do
    line=$(tmux -S "$work/tmux" capture-pane -p | grep '^> ' | tail -n 1)
    got="$line$(printf '%*s' $(($(tmux -S "$work/tmux" display -p '#{cursor_x}') - ${#line})) '')"
    [ "$got" = "> $want" ] && break
    sleep 0.1
  done
  if [ "$got" = "> $want" ]; then echo "ok: '$typed<Tab>' -> '$want'"; else
    echo "FAILED: '$typed<Tab>': expected '> $want', the screen shows:"
    tmux -S "$work/tmux" capture-pane -p
    failed=1
  fi
  tmux -S "$work/tmux" send-keys C-c
  sleep 0.2
  tmux -S "$work/tmux" send-keys "clear" Enter
  sleep 0.2
}

# The issue's example: the type rd is the only one starting with r (第四条).
expect_tab "hdpolicy subsidy --type r" "hdpolicy subsidy --type rd "
expect_tab "hdpolicy subs" "hdpolicy subsidy "
expect_tab "hdpolicy subsidy --prem" "hdpolicy subsidy --premium "
# A cap id is followed by = and the amount, so no space.
expect_tab "hdpolicy subsidy --received cat" "hdpolicy subsidy --received catalogue="
expect_tab "hdpolicy deadline --rule renewal.lib" "hdpolicy deadline --rule renewal.library-exit "
expect_tab "hdpolicy batch subsidy --enc" "hdpolicy batch subsidy --encoding "
# The --option=value form.
expect_tab "hdpolicy subsidy --industry=next" "hdpolicy subsidy --industry=next-gen-it "
exit $failed
