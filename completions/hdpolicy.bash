# bash completion for hdpolicy. The program answers itself (`hdpolicy
# __complete WORD... CURRENT`, cmd/complete.hpp): commands and options from
# its definitions, and types, industries, rules and caps from the policies in
# use, so a new option or a YAML change needs no change here.
_hdpolicy() {
  local cur words cword
  if declare -F _init_completion >/dev/null; then
    _init_completion -n =: || return  # --opt=value and CAP=AMOUNT stay one word
  else  # plain bash: the line up to the cursor, split at blanks
    local line=${COMP_LINE:0:COMP_POINT}
    read -ra words <<<"$line"
    [[ $line == *[[:blank:]] ]] && words+=("")
    cword=$((${#words[@]} - 1))
    cur=${words[cword]}
  fi
  local IFS=$'\n' out
  out=$("${words[0]}" __complete "${words[@]:1:cword-1}" "$cur" 2>/dev/null) || return
  local value=$cur
  [[ $cur == --*=* ]] && value=${cur#*=}
  case $out in
    :files) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$value"); return ;;
    :dirs) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$value"); return ;;
  esac
  mapfile -t COMPREPLY <<<"$out"
  [[ -z $out ]] && COMPREPLY=()
  # bash replaces only the part after the last '=' (COMP_WORDBREAKS).
  if [[ $cur == *=* && $COMP_WORDBREAKS == *=* ]]; then
    COMPREPLY=("${COMPREPLY[@]#"${cur%=*}="}")
  fi
  [[ ${#COMPREPLY[@]} -eq 1 && $out == *= ]] && compopt -o nospace 2>/dev/null
  return 0
}
complete -F _hdpolicy hdpolicy
