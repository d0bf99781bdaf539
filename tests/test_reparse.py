"""reparse.DocumentParses: an edited document re-parsed by its changed statements gives,
node for node, the module a full parse gives (LibCST's deep_equals), on hand-picked
edits where LibCST's attribution of empty lines and its defaults are at stake, and on
random edits of the fixture apps."""

from __future__ import annotations

import os
import random
from pathlib import Path

import libcst as cst
import pytest

from modelred_lint import parsing
from modelred_lint.reparse import DocumentParses

ROOT = Path(__file__).resolve().parent.parent

BASE = '''"""A module."""
import os

KEY = os.environ["MODELRED_API_KEY"]


def helper():  # the first indented block: it decides the module's default indentation
    return KEY


def first(a):
    if a:
        return 1
    # a trailing comment of the block
    return 2


x = 1
y = 2


class Holder:
    value = 3

    def method(self):
        return self.value


def last():
    return KEY
'''


def _same(got: cst.Module, text: str) -> None:
    full = cst.parse_module(text)
    assert got.code == full.code == text
    assert got.deep_equals(full)
    for attribute in ("default_indent", "default_newline", "has_trailing_newline", "encoding"):
        assert getattr(got, attribute) == getattr(full, attribute), attribute


def _edited(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


EDITS = [
    # (what is replaced, by what, whether the splice is expected to answer)
    ("    return 2\n", "    return 3\n", True),
    ("x = 1\n", "x = 10\n", True),
    ("x = 1\n", "x = 1\n# a comment at column 0\n", True),
    ("x = 1\n", "x = 1\n    # indented: a block before could claim it\n", True),
    ("    return 2\n", "    return 2\n    # now indented after the block\n", True),
    ("    return 2\n\n\nx = 1\n", "    return 2\n\n\n    # the function's footer now\nx = 1\n", True),
    ("x = 1\ny = 2\n", "x = 1\ndef inserted():\n    pass\ny = 2\n", True),
    ("x = 1\n", "", True),
    ("        return self.value\n", "        return self.value\n        # footer of the method\n", True),
    ("class Holder:\n", "class Holder(object):\n", True),
    ("x = 1\ny = 2\n", "x = 1;\ny = 2\n", True),
    # The last statement and the footer: the chunk runs to the end of the file.
    ("    return KEY\n", "    return KEY  # end\n", True),
    ("    return KEY\n", "    return KEY\n\n\n# a footer comment\n", True),
    ("    return KEY\n", "    return KEY\n    # the block's footer\n\n", True),
    ("    return KEY\n", "    return KEY", True),  # (no trailing newline)
    # Near the start (header, encoding lines, default indentation): parsed whole.
    ('"""A module."""\n', '"""The module."""\n', False),
    ("import os\n", "import os\nimport sys\n", False),
    ("    return KEY\n\n\ndef first", "  return KEY\n\n\ndef first", False),
]


@pytest.mark.parametrize("old,new,reused", EDITS)
def test_an_edit_gives_the_full_parse(old, new, reused):
    parses = DocumentParses()
    parses.parse("doc", BASE, cst.parse_module)
    text = _edited(BASE, old, new)
    got = parses.parse("doc", text, cst.parse_module)
    _same(got, text)
    assert (parses.reused == 1) is reused


def test_an_unchanged_text_is_the_same_module():
    parses = DocumentParses()
    first = parses.parse("doc", BASE, cst.parse_module)
    assert parses.parse("doc", BASE, cst.parse_module) is first


def test_a_syntax_error_is_the_full_parse_s_and_the_next_edit_recovers():
    parses = DocumentParses()
    parses.parse("doc", BASE, cst.parse_module)
    broken = _edited(BASE, "x = 1\n", "x = (1\n")
    with pytest.raises(Exception):
        parses.parse("doc", broken, parsing.parse)
    fixed = _edited(BASE, "x = 1\n", "x = (1)\n")
    _same(parses.parse("doc", fixed, cst.parse_module), fixed)


def test_an_unterminated_string_in_the_chunk_is_not_spliced():
    parses = DocumentParses()
    parses.parse("doc", BASE, cst.parse_module)
    text = _edited(BASE, "x = 1\n", 'x = """\n')
    with pytest.raises(Exception):
        parses.parse("doc", text, cst.parse_module)
    assert parses.reused == 0


def test_line_breaks_and_indentation_other_than_the_defaults():
    crlf = BASE.replace("\n", "\r\n")
    parses = DocumentParses()
    parses.parse("doc", crlf, cst.parse_module)
    text = _edited(crlf, "x = 1\r\n", "x = 1\ny = 3\r\n")  # a lone \n in a \r\n file
    _same(parses.parse("doc", text, cst.parse_module), text)
    tabs = BASE.replace("    ", "\t")
    parses.parse("tabs", tabs, cst.parse_module)
    text = _edited(tabs, "x = 1\n", "def g():\n    return 1\n")  # four spaces in a tab file
    _same(parses.parse("tabs", text, cst.parse_module), text)


def test_documents_are_bounded():
    parses = DocumentParses(documents=2)
    for key in ("a", "b", "c"):
        parses.parse(key, BASE, cst.parse_module)
    assert list(parses._last) == ["b", "c"]


_SNIPPETS = [
    "\n", "    # c\n", "# c\n", "x = 1\n", "    y = 2\n", "def g():\n    pass\n", "if a:\n  b\n",
    "\t# t\n", "  \n", "\r\n", "    return 3\n", "class K:\n    z = 1\n    # k\n", "@dec\n", "a", " ", "1",
]


def _random_edit(rng: random.Random, text: str) -> str:
    lines = text.splitlines(keepends=True)
    if not lines:
        return rng.choice(_SNIPPETS)
    op = rng.random()
    k = rng.randrange(len(lines))
    if op < 0.35:
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(_SNIPPETS))
    elif op < 0.55:
        del lines[k]
    elif op < 0.8:
        line = lines[k]
        at = rng.randrange(len(line) + 1)
        lines[k] = line[:at] + rng.choice(_SNIPPETS) + line[at:]
    else:
        line = lines[k]
        a = rng.randrange(len(line) + 1)
        lines[k] = line[:a] + line[rng.randrange(a, len(line) + 1) :]
    return "".join(lines)


def test_random_edits_of_the_fixture_apps():
    # MODELRED_REPARSE_EDITS=400 (edits per file, both apps) is the long run, on demand.
    edits = int(os.environ.get("MODELRED_REPARSE_EDITS", "0"))
    files = sorted((ROOT / "fixtures" / "insecure_app").rglob("*.py"))
    if edits:
        files += sorted((ROOT / "fixtures" / "secure_app").rglob("*.py"))
    assert files
    rng = random.Random(20261130)
    checked = 0
    parses = DocumentParses()
    for path in files:
        text = path.read_text(encoding="utf-8")
        parses.parse(str(path), text, cst.parse_module)
        for _ in range(edits or 10):
            new = _random_edit(rng, text)
            try:
                full = cst.parse_module(new)
            except Exception:
                with pytest.raises(Exception):
                    parses.parse(str(path), new, cst.parse_module)
                continue
            got = parses.parse(str(path), new, cst.parse_module)
            assert got.deep_equals(full) and got.code == full.code, (path.name, new)
            checked += 1
            text = new
    assert checked > 40
    assert parses.reused > 15  # the splice did answer, not only the full parse


def test_a_text_libcst_does_not_give_back_is_parsed_whole():
    # A backslash continuing a line of indentation: LibCST's module loses it, so no
    # span measured on its code can be trusted.
    parses = DocumentParses()
    parses.parse("doc", BASE, cst.parse_module)
    text = _edited(BASE, "    # a trailing comment of the block\n", "    # a trailing comment of the block\n\\\n")
    full = cst.parse_module(text)
    assert full.code != text  # (the premise: if LibCST learns this, the test says so)
    got = parses.parse("doc", text, cst.parse_module)
    assert got.deep_equals(full)
    assert parses.reused == 0


def test_the_server_engine_finds_what_a_full_lint_finds_edit_after_edit(monkeypatch):
    from modelred_lint.api import Project
    from modelred_lint.server.engine import LocalEngine
    from modelred_lint.server.settings import ClientSettings

    monkeypatch.setattr(parsing, "documents", None)
    path = ROOT / "fixtures" / "insecure_app" / "redteam_service" / "registry.py"
    text = path.read_text(encoding="utf-8")
    engine = LocalEngine()
    kept = parsing.documents
    assert kept is not None
    project = Project.for_path(path)
    lines = text.split("\n")
    middle = len(lines) // 2
    edits = [text] + ["\n".join([*lines[:middle], f"# edit {n}", *lines[middle:]]) for n in range(3)]
    edits.append(text.replace("\n\n\n", '\n\n\nLEAKED = "mr_' + "q7Zp" * 8 + '"\n\n\n', 1))
    for edited in edits:
        served = engine.lint(path, edited, ClientSettings(), 0)
        monkeypatch.setattr(parsing, "documents", None)
        assert served == project.lint(str(path), edited)
        monkeypatch.setattr(parsing, "documents", kept)
    assert kept.reused >= 3
