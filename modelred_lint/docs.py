"""The README's generated parts: the rules table (from the catalogue) and the rule
options table (from the rule modules' declarations). `python -m modelred_lint.docs`
rewrites them in README.md; a test fails when the README and the rules differ."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

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


def _region(name: str) -> re.Pattern:
    return re.compile(
        rf"(<!-- generated: {re.escape(name)} \(python -m modelred_lint\.docs\) -->\n)(.*?)(\n?<!-- end: {re.escape(name)} -->)",
        re.S,
    )


def generated_regions(readme: str) -> dict[str, str]:
    """What the README holds in each generated region (absent regions are missing)."""
    out = {}
    for name in GENERATED:
        match = _region(name).search(readme)
        if match:
            out[name] = match.group(2)
    return out


def rewrite(readme: str) -> str:
    for name, make in GENERATED.items():
        readme = _region(name).sub(lambda m: m.group(1) + make() + "\n" + m.group(3).lstrip("\n"), readme)
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
