# Sourced by the bench checks that compile a small program against the built
# library (writer_check.sh, check_parsers.sh): the input file (generated when
# absent), the library, a work folder, and `build_tool NAME` that compiles
# bench/NAME.cpp to $work/NAME. Expects $1 (the input, optional).
here=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
root=$(cd "$here/.." && pwd)
file=${1:-/tmp/hdpolicy-bench/applications-1000000.csv}
[ -s "$file" ] || { mkdir -p "$(dirname "$file")"; python3 "$here/gen_applications.py" 1000000 >"$file"; }
lib=${HDPOLICY_LIB:-$root/build/lib/libhdpolicy.a}
[ -f "$lib" ] || { echo "no $lib: build the project first (or set HDPOLICY_LIB)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# lib/src too: a check may use the library's private code (the fast parser).
build_tool() {
  g++ -O2 -std=c++20 -I"$root/lib/include" -I"$root/lib/src" "$here/$1.cpp" "$lib" -lyaml-cpp -lfmt -o "$work/$1"
}
