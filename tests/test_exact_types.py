"""The walks test a node's exact type (`type(node) is cst.Call`) where isinstance()
would go through abc's machinery (LibCST's nodes are ABCs: ten times slower, millions of
times a run). That is the same test only while the class has no subclasses: this reads
every such test in the package and checks each class it names, so that a LibCST release
adding a subclass fails here, not in a silent miss."""

from __future__ import annotations

import re
from pathlib import Path

import libcst as cst

from modelred_lint.names import subclasses

PACKAGE = Path(__file__).resolve().parent.parent / "modelred_lint"
# `type(x) is cst.Call`, `kind is cst.For`, `type(x) in (cst.List, cst.Tuple)`: any test of
# identity or membership against LibCST classes (not isinstance(), which takes subclasses).
EXACT = re.compile(r"\b(?:is not|is|not in|in) \(?((?:cst\.\w+\b(?!\.)(?:, )?)+)\)?")


def test_every_exact_type_test_names_a_class_without_subclasses():
    named: dict[str, set] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for match in EXACT.finditer(path.read_text(encoding="utf-8")):
            for name in re.findall(r"cst\.(\w+)", match.group(1)):
                named.setdefault(name, set()).add(path.name)
    assert len(named) > 40  # (the walks test dozens of node types this way)
    with_subclasses = {name: sorted(files) for name, files in named.items()
                       if isinstance(getattr(cst, name, None), type) and subclasses(getattr(cst, name))}
    assert not with_subclasses
    unknown = sorted(name for name in named if not isinstance(getattr(cst, name, None), type))
    assert not unknown
