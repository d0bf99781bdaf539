"""code_text's views of a file (issue 12): what they remove is what CPython's tokenizer
calls a comment or a string, and a string the quiet view removes is one no scan of the
code reads (a statement, a dict's value, a lambda's body, a slice's bound, an
annotation). Checked against `tokenize` and `ast` on the fixtures, the held-out sets and
a sample of the standard library; then the message rules' prefilter that uses them, and
sink_text's reading of the sinks' arguments on them."""

from __future__ import annotations

import ast
import io
import random
import sysconfig
import tokenize
from pathlib import Path

import pytest

from modelred_lint.code_text import code_views
from modelred_lint.engine import Plan
from modelred_lint.flow_scan import _ScopeScan, _defined_names, _sink_names, flow_scopes
from modelred_lint.sink_text import named_sink
from modelred_lint.source import SourceError, decode_source
from modelred_lint.triggers import ScanText, python_tree

ROOT = Path(__file__).resolve().parents[1]
# From Python 3.12 on the tokenizer reads an f-string's fields as tokens of their own
# (FSTRING_START ... FSTRING_END); up to 3.11 an f-string is one STRING token.
_FSTRING_START = getattr(tokenize, "FSTRING_START", None)
_FSTRING_END = getattr(tokenize, "FSTRING_END", None)


def sources() -> list[Path]:
    files = sorted((ROOT / "fixtures").rglob("*.py")) + sorted((ROOT / "tests").glob("holdout_messages*/*.py"))
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    library = sorted(p for p in stdlib.rglob("*.py") if "site-packages" not in p.parts and p.stat().st_size < 80_000)
    files += random.Random(20261130).sample(library, min(150, len(library)))
    return [p for p in files if _parses(p)]


def _text(path: Path) -> str:
    return decode_source(path.read_bytes()).text


def _parses(path: Path) -> bool:
    """Only Python this interpreter parses: the property is about CPython's tokens
    (the fixtures hold deliberately broken files)."""
    try:
        ast.parse(_text(path))
    except (SyntaxError, ValueError, SourceError):
        return False
    return True


def _offsets(text: str):
    """(line, column in characters) -> offset; and ast's UTF-8 byte columns to characters."""
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    lines = text.splitlines(keepends=True)

    def at(row: int, col: int) -> int:
        return starts[row - 1] + col

    def char_col(row: int, byte_col: int) -> int:
        return len(lines[row - 1].encode("utf-8")[:byte_col].decode("utf-8", "replace"))

    return at, char_col


def _blank(text: str, spans) -> str:
    out, kept = [], 0
    for start, end in sorted(spans):
        out.append(text[kept:start])
        out.append(" ")
        kept = end
    out.append(text[kept:])
    return "".join(out)


def _token_spans(text: str):
    """The comments and the strings (not f-strings) the tokenizer reads, outside
    f-strings (whose fields are code, kept whole by the views)."""
    at, _ = _offsets(text)
    comments, strings = [], []
    inside = 0  # (how many f-strings the tokens stand in, from Python 3.12 on)
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        span = (at(*token.start), at(*token.end))
        if _FSTRING_START is not None and token.type in (_FSTRING_START, _FSTRING_END):
            inside += 1 if token.type == _FSTRING_START else -1
        elif inside:
            continue
        elif token.type == tokenize.COMMENT:
            comments.append(span)
        elif token.type == tokenize.STRING:
            quote = min(i for i in (token.string.find("'"), token.string.find('"')) if i >= 0)
            if "f" not in token.string[:quote].lower():
                strings.append(span)
    return comments, strings


def _holds_brace(value) -> bool:
    braces = ("{", "}") if type(value) is str else (b"{", b"}")
    return any(brace in value for brace in braces)


def _fields_hold_their_own(text: str) -> bool:
    """Does an f-string's field hold a string with a brace or with the f-string's own
    quote, or a comment (Python 3.12's f-strings)? Read from the tokenizer's tokens."""
    if _FSTRING_START is None:
        # (before 3.12 the tokenizer reads an f-string whole, and a field cannot hold its
        # own quote or a comment: only a string holding a brace is left to look for)
        return any(type(node) is ast.Constant and isinstance(node.value, (str, bytes))
                   and _holds_brace(node.value)
                   for field in ast.walk(ast.parse(text)) if type(field) is ast.FormattedValue
                   for node in ast.walk(field.value))
    quotes: list[str] = []
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == _FSTRING_START:
            if quotes and (quotes[-1] in token.string or "{" in token.string):
                return True
            quotes.append(token.string.lstrip("rRbBuUfF")[0])
        elif token.type == _FSTRING_END:
            quotes.pop()
        elif quotes and token.type == tokenize.COMMENT:
            return True
        elif quotes and token.type == tokenize.STRING and (
                quotes[-1] in token.string.lstrip("rRbBuU")[:1] or "{" in token.string or "}" in token.string):
            return True
    return False


# Where the quiet view may remove a string: the parent (and field) of its constant.
_HARMLESS = {(ast.Expr, "value"), (ast.Dict, "values"), (ast.Lambda, "body"), (ast.Slice, "lower"),
             (ast.Slice, "upper"), (ast.Slice, "step"), (ast.arg, "annotation")}


@pytest.mark.parametrize("path", sources(), ids=lambda p: p.name)
def test_views_remove_comments_and_strings_as_the_tokenizer_reads_them(path):
    text = _text(path)
    tree = ast.parse(text)
    views = code_views(text)
    if views is None:
        # (only where a field holds what the reading passes over whole and cannot vouch
        # for: a string holding a brace or the f-string's own quote, a comment)
        assert _fields_hold_their_own(text), "the views declined a file they can read"
        return
    comments, strings = _token_spans(text)
    assert views.bare == _blank(text, comments + strings)
    # The quiet view removes the comments and some of the strings: each a whole string
    # token the tokenizer found, in a place no scan of the code reads.
    removed = _quiet_spans(text, views.quiet, comments, strings)
    at, char_col = _offsets(text)
    places = {}
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, ast.Constant) and isinstance(child.value, (str, bytes)):
                    start = at(child.lineno, char_col(child.lineno, child.col_offset))
                    end = at(child.end_lineno, char_col(child.end_lineno, child.end_col_offset))
                    places[(start, end)] = (type(parent), field)
    for start, end in removed:
        owner = [place for (s, e), place in places.items() if s <= start and end <= e]
        assert owner and owner[0] in _HARMLESS, (path.name, text[start:end][:60], owner)


def _quiet_spans(text: str, quiet: str, comments, strings) -> list[tuple[int, int]]:
    """The strings the quiet view removed. The view keeps the text in order and puts one
    space where it removed a comment or a string; a token never starts with a space, so
    where a string starts the view shows its first character (kept) or a space (removed)."""
    starts = {s: (e, "comment") for s, e in comments}
    starts.update({s: (e, "string") for s, e in strings})
    removed, i, j = [], 0, 0
    while i < len(text):
        token = starts.get(i)
        if token is not None and (token[1] == "comment" or quiet[j] != text[i]):
            assert quiet[j] == " ", f"view differs from the text at {i}"
            if token[1] == "string":
                removed.append((i, token[0]))
            i, j = token[0], j + 1
            continue
        assert quiet[j] == text[i], f"view differs from the text at {i}"
        i += 1
        j += 1
    assert j == len(quiet)
    return removed


SNIPPETS = {
    "docstrings": ('"""The API key is read here."""\n\ndef f():\n    """Raises on a bad token."""\n    return 1\n',
                   ["The API key", "Raises on"], []),
    "a comment ending with a colon is no block": (
        'import os\nkey = os.environ.get(  # read:\n    "OPENAI_API_KEY"\n)\n', ["# read:"], ['"OPENAI_API_KEY"']),
    "a prefix is not a name's end": ('if"x" in y: pass\nz = rb"\\x00" + f"{y!r}"\n', [], ['f"{y!r}"', "if"]),
    "a value after a key": ('d = {\n    "api_key":\n        "not a name, a value"\n}\n', ["not a name"], ['"api_key"']),
    "a call after the string": ('def f():\n    """x {}""".format(api_key)\n', [], ['"""x {}""".format(api_key)']),
}


@pytest.mark.parametrize("name", list(SNIPPETS))
def test_quiet_view_on_known_shapes(name):
    text, gone, kept = SNIPPETS[name]
    views = code_views(text)
    for part in gone:
        assert part not in views.quiet
    for part in kept:
        assert part in views.quiet


def test_an_unclosed_quote_declines():
    assert code_views('x = "abc\n') is None
    assert code_views("x = '''abc\n") is None


PLAN = Plan.build(["MR020", "MR021"])


def test_a_key_named_only_in_documentation_is_not_parsed_for():
    text = (
        '"""Reads the API key from OPENAI_API_KEY (the api_key setting)."""\n'
        "import logging\n\n"
        "def run(model):\n"
        "    # api_key = secret token; raise if missing\n"
        "    if not model:\n"
        '        raise ValueError(f"no model {model}")\n'
        "    logging.info(model)\n"
    )
    scan = ScanText(text, PLAN.knowledge)
    found = scan.get(flow_scopes)
    assert (found.raises, found.logs) == (False, False)
    assert not scan.has(python_tree)  # decided on the text alone


def test_a_key_in_code_still_reaches_the_tree():
    text = "import os\n\ndef run():\n    api_key = os.environ['OPENAI_API_KEY']\n    raise ValueError(f'bad {api_key}')\n"
    scan = ScanText(text, PLAN.knowledge)
    assert scan.get(flow_scopes).raises
    assert scan.has(python_tree)


# -- sink_text: could a sink hold a name? ---------------------------------------------------

FLOW = PLAN.knowledge.dataflow
LOG_NAMES, RENAMED, _ = _sink_names(FLOW)  # (the prefilter's own: log methods, output and raising calls, assertions)


def _scan_holds(text: str) -> bool:
    """Does any sink the flow scan finds read something (a name, a field, a call)? Not
    counting what a class's __repr__ or __str__ returns, which the scan takes for a sink
    of its own (an object printed shows it) where the rules' sink is the message that
    prints the object (a name in the text), or, for an exception's __str__, the method
    itself (which the prefilter's code stage looks for by its `def`)."""
    scan = _ScopeScan(PLAN.knowledge.vocab, FLOW, _defined_names(text), PLAN.knowledge.secret_name_words)
    scan.verdict(ast.parse(text))
    return any(atoms.names or atoms.fields or atoms.via or atoms.calls or atoms.level or atoms.named
               for scope in scan.scopes if getattr(scope.node, "name", None) not in ("__repr__", "__str__")
               for _, atoms in scope.sinks)


def _named(text: str) -> bool:
    return named_sink(code_views(text).bare, LOG_NAMES, RENAMED)


@pytest.mark.parametrize("path", sources(), ids=lambda p: p.name)
def test_a_sink_the_scan_reads_a_name_in_is_read_as_named(path):
    text = _text(path)
    if code_views(text) is None:  # (declined: the prefilter keeps the whole text)
        assert _fields_hold_their_own(text)
    elif _scan_holds(text):
        assert _named(text)


SINKS = {
    'raise ValueError("bad input")\n': False,
    "raise\n": False,
    "try:\n    pass\nexcept E as e:\n    raise RuntimeError from e\n": False,
    'raise ValueError(f"bad {key}")\n': True,
    'raise errors.Bad("a", code=4)\n': True,
    'raise Bad("a")(token)\n': True,
    'raise Bad("a").with_traceback(tb)\n': True,
    'assert x, "constant"\n': False,
    "assert x\n": False,
    "assert x, token\n": True,
    "assert (x,\n        y), \\\n    token\n": True,
    'logger.info("done")\n': False,
    'log.bind(token=t).info("done")\n': True,
    'log.bind(token=t)\\\n    .info("done")\n': True,
    'print(\n    "a"\n    "b")\n': False,
    "print(token)\n": True,
    'class E(Exception):\n    def __init__(self, m):\n        super().__init__("constant")\n': False,
    "class E(Exception):\n    def __init__(self, m):\n        super()\\\n            .__init__(m)\n": True,
    "from sys import exit as die\ndie(1)\n": True,
    'pytest.fail ("constant")\n': False,
    "pytest.fail (token)\n": True,
}


@pytest.mark.parametrize("text", list(SINKS))
def test_sinks_on_known_shapes(text):
    assert _named(text) is SINKS[text]
    assert not _scan_holds(text) or SINKS[text]  # the table agrees with the scan where it reads a name


def test_a_raising_call_spaced_from_its_bracket_still_reaches_the_tree():
    text = ("import os\nimport pytest\n\ndef test_key():\n    api_key = os.environ['OPENAI_API_KEY']\n"
            "    pytest.fail (f'bad {api_key}')\n")
    scan = ScanText(text, PLAN.knowledge)
    assert scan.get(flow_scopes).raises


@pytest.mark.parametrize("text, reads", [
    # fields that close inside what the reading takes for the f-string: read, on any Python
    ('x = f"{a!r:>10} {{lit}} {b=}"\n', True),
    ("x = f\"{d['k']}\"\n", True),
    ('x = f"{x:>{width}}"\n', True),
    ('x = f"""{d["k"]}"""\n', True),
    ("x = f\"data: {json.dumps({'detail': f'{e}'})}\"\n", True),
    ('x = rf"\\N{x}"\n', True),
    # Python 3.12's: a field holding the f-string's own quote (the reading would end the
    # f-string there), a nested f-string doing so, a string with a brace, a comment
    ('x = f"{d["k"]}"\n', False),
    ("x = f'{f'{y}'}'\n", False),
    ("x = f\"{'}'}\"\n", False),
    ('x = f"""{x  # why\n}"""\n', False),
    ('x = f"}"\n', False),
])
def test_an_f_strings_fields_must_close_where_the_reading_ends_it(text, reads):
    """The views keep an f-string whole (its fields are code); they read one only where
    each of its fields closes before the quote that ends it, which then ends it in every
    Python's grammar (PEP 701 lets a field hold the f-string's own quotes)."""
    views = code_views(text)
    assert (views is not None) == reads
    if reads:
        assert views.bare == views.quiet == text  # (nothing else in it to remove)
