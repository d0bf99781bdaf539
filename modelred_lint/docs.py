"""The README's generated parts: the rules table (from the catalogue) and the rule
options table (from the rule modules' declarations). `python -m modelred_lint.docs`
rewrites them in README.md; a test fails when the README and the rules differ."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

_FIX = {
    "none": "-",
    "display": "suggestion in the message",
    "safe": "safe fix",
    "unsafe": "unsafe fix",
}


def rules_table() -> str:
    from modelred_lint.catalogue import load_catalogue

    catalogue = load_catalogue()
    rows = ["| ID | name | finds | fix |", "|---|---|---|---|"]
    for rule_id in catalogue.ids:
        rule = catalogue.rule(rule_id)
        rows.append(f'| <a id="{rule_id.lower()}"></a>{rule_id} | {rule.name} | {rule.summary} | {_FIX[rule.fix]} |')
    return "\n".join(rows)


def options_table() -> str:
    from modelred_lint.registry import options

    rows = ["| option | rules | form (default) | what it does |", "|---|---|---|---|"]
    for option in options().values():
        default = "" if option.default in ((), None) else f" (default {json.dumps(option.default)})"
        what = option.doc.replace("|", "\\|")
        rows.append(f"| `{option.name}` | {', '.join(option.rules)} | {option.describe()}{default} | {what} |")
    return "\n".join(rows)


GENERATED = {"rules table": rules_table, "options table": options_table}


def _markers(name: str) -> tuple[str, str]:
    return f"<!-- generated: {name} (python -m modelred_lint.docs) -->\n", f"<!-- end: {name} -->"


def _region(readme: str, name: str, pos: int = 0) -> Optional[tuple[int, int, int, int]]:
    """The first region `name` at or after `pos`: (its start, its body's start, its
    body's end, its end), the line break before the end marker not in the body.
    Found with str.find, not a lazy regex: a README holding many start markers with no
    end marker made the regex retry from each of them (quadratic)."""
    begin, close = _markers(name)
    start = readme.find(begin, pos)
    if start < 0:
        return None
    body = start + len(begin)
    end_marker = readme.find(close, body)
    if end_marker < 0:  # no later start marker can have an end marker either
        return None
    body_end = end_marker - 1 if end_marker > body and readme[end_marker - 1] == "\n" else end_marker
    return start, body, body_end, end_marker + len(close)


def generated_regions(readme: str) -> dict[str, str]:
    """What the README holds in each generated region (absent regions are missing)."""
    out = {}
    for name in GENERATED:
        found = _region(readme, name)
        if found:
            out[name] = readme[found[1] : found[2]]
    return out


def rewrite(readme: str) -> str:
    for name, make in GENERATED.items():
        parts, done = [], 0
        while (found := _region(readme, name, done)) is not None:
            start, body, _, end = found
            parts += [readme[done:body], make(), "\n", _markers(name)[1]]
            done = end
        readme = "".join(parts) + readme[done:]
    return readme


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    text = path.read_text(encoding="utf-8")
    new = rewrite(text)
    if new != text:
        path.write_text(new, encoding="utf-8")
        print(f"{path}: generated parts rewritten")
    else:
        print(f"{path}: up to date")


if __name__ == "__main__":
    main()
