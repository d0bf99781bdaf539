"""Score findings against a label file: {file, line, rule} entries."""

from __future__ import annotations

from pathlib import Path

import yaml

from modelred_lint.engine import lint_bytes


def load_labels(path: Path) -> set[tuple[str, int, str]]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {(e["file"], int(e["line"]), e["rule"]) for e in entries}


def lint_tree(root: Path, plan) -> set[tuple[str, int, str]]:
    found = set()
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        for f in lint_bytes(rel, path.read_bytes(), plan).findings:
            found.add((rel, f.line, f.rule))
    return found


def score(expected: set, found: set, rules: set[str]) -> dict:
    expected = {e for e in expected if e[2] in rules}
    found = {f for f in found if f[2] in rules}
    tp = expected & found
    return {
        "tp": len(tp),
        "fp": sorted(found - expected),
        "fn": sorted(expected - found),
        "precision": len(tp) / len(found) if found else 1.0,
        "recall": len(tp) / len(expected) if expected else 1.0,
    }
