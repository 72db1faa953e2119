#!/usr/bin/env python3
"""Lists the C++ functions longer than a limit, longest first.

A function is a body in braces whose head (the text since the previous
`;`, `{` or `}` at namespace or class level) ends in a parameter list, maybe
followed by qualifiers; lambdas and local classes count toward the function
that holds them. A heuristic, without a compiler: good enough to keep the
project's "functions of at most ~80 lines" rule honest in CI. Lines counted
from the line of the opening brace's head to the closing brace.

Usage: tools/function_lengths.py [--max N] [--all] PATH...   (dirs: *.cpp, *.hpp)
Exit status 1 when a function is longer than --max (default 80).
"""
import argparse
import pathlib
import re
import sys

CONTROL = {"if", "for", "while", "switch", "catch", "do", "else", "try", "return"}
NOT_FUNCTION = re.compile(r"\b(namespace|class|struct|union|enum)\b[^()]*$")


def strip(text):
    """The text with comments, string and character literals blanked (newlines kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == 'R' and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_')):
            m = re.match(r'R"([^(]*)\(', text[i:])
            end = text.find(")" + m.group(1) + '"', i) if m else -1
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append('""' + re.sub(r"[^\n]", " ", text[i + 2:j]))
            i = j
        elif c in "\"'" and not (c == "'" and i > 0 and text[i - 1].isalnum()):  # 1'000 digit separators
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(c + " " * (j - i - 2) + c if j - i >= 2 else text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def function_name(head):
    """The name of the function whose head this is, or None when the braces open something else."""
    head = re.sub(r"^\s*(#.*\n)+", "", head).strip()  # preprocessor lines before it
    if not head or NOT_FUNCTION.search(head) or head.endswith("=") or re.search(r"=\s*\[", head):
        return None  # a scope, or an initialiser (see `opaque`)
    # Drop a constructor's initialiser list, trailing qualifiers and a trailing return type.
    depth, close = 0, -1
    for k in range(len(head) - 1, -1, -1):
        if head[k] == ")":
            if depth == 0 and close < 0:
                close = k
            depth += 1
        elif head[k] == "(":
            depth -= 1
            if depth == 0:
                before = head[:k].rstrip()
                m = re.search(r"([~\w:<>]+|operator\s*\S+)\s*$", before)
                if not m:
                    return None
                name = m.group(1)
                if name.split("::")[-1] in CONTROL or name in ("noexcept", "requires", "decltype", "alignas"):
                    return None
                # a constructor's initialiser list: `X::X(...) : a_(b)` — keep walking left past `: ...`
                if re.search(r"\)\s*:\s*[\w:]+$", before) or re.search(r"\)\s*:.*,\s*[\w:]+$", before, re.S):
                    continue
                return name
    return None


def functions(path):
    text = strip(path.read_text(encoding="utf-8", errors="replace"))
    line_of = [0] * (len(text) + 1)
    line = 1
    for k, ch in enumerate(text):
        line_of[k] = line
        if ch == "\n":
            line += 1
    stack = []  # per open brace: (kind, name, start line); kind: 'scope' (namespace/class) or 'body'
    head_start = 0
    for k, ch in enumerate(text):
        if ch == "{":
            inside_body = any(s[0] != "scope" for s in stack)
            if inside_body:
                stack.append(("inner", None, 0))
            else:
                head = text[head_start:k]
                name = function_name(head)
                first = head_start + len(head) - len(head.lstrip())
                # An initialiser (`= {`, `= [] {`) is skipped whole, like a body not reported.
                opaque = re.search(r"=\s*(\[[^\]]*\][^{]*)?$", head)
                stack.append(("body", name, line_of[first]) if name else ("inner", None, 0) if opaque else ("scope", None, 0))
            head_start = k + 1
        elif ch == "}":
            if stack:
                kind, name, start = stack.pop()
                if kind == "body":
                    yield name, start, line_of[k] - start + 1
            head_start = k + 1
        elif ch == ";" and not any(s[0] != "scope" for s in stack):
            head_start = k + 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max", type=int, default=80)
    ap.add_argument("--all", action="store_true", help="list every function, not only the long ones")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    files = []
    for p in map(pathlib.Path, args.paths):
        files += sorted(f for ext in ("*.cpp", "*.hpp") for f in p.rglob(ext)) if p.is_dir() else [p]
    found = [(n, str(f), start, name) for f in files for name, start, n in functions(f)]
    found.sort(key=lambda t: (-t[0], t[1], t[2]))
    long = [t for t in found if t[0] > args.max]
    for n, f, start, name in found if args.all else long:
        print(f"{n:5d}  {f}:{start}  {name}")
    return 1 if long else 0


if __name__ == "__main__":
    sys.exit(main())
