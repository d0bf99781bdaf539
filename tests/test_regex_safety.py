"""No regular expression of ours, and no user pattern we accept, backtracks more than
linearly on hostile input (issue 13, items 0 and 9).

Every pattern the package compiles is collected (literal ones from the source, with
`ast`; those built at run time through the collectors below), with every `regex` of
the rule catalogue. Each must pass the checker of modelred_lint.regex_safety, and
each is timed against adversarial text built from its own alphabet, in a separate
process so that a hang fails the test instead of blocking it.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Callable, Iterator, NamedTuple, Optional

import pytest

import modelred_lint
from modelred_lint.catalogue import load_catalogue
from modelred_lint.regex_safety import analyse, check_pattern

from helpers import invoke

PACKAGE = Path(modelred_lint.__file__).resolve().parent
_RE_FUNCTIONS = {"compile", "match", "search", "fullmatch", "sub", "subn", "findall", "finditer", "split"}
# How a pattern is run: (searched at every position, its end can fail).
_MODES = {
    "fullmatch": (False, True),
    "match": (False, False),
    "search": (True, False),
    "finditer": (True, False),
    "findall": (True, False),
    "sub": (True, False),
    "subn": (True, False),
    "split": (True, False),
}
STRICT = (True, True)  # how a pattern whose use we cannot see is judged
PER_CASE_LIMIT = 0.5  # seconds for one adversarial text
# The line of issue 13 that took 45 s (one more "aaaaaaaB" never ended).
HANG = "aaaaaaaBaaaaaaaBaaaaaaaBaaaaaaaB12345"


class Regex(NamedTuple):
    where: str  # file:line or file:function, for messages
    pattern: str
    flags: int
    modes: tuple[tuple[bool, bool], ...]
    char_backreferences: bool = False


# -- literal patterns in the source ----------------------------------------------------


class _NotConstant(Exception):
    pass


def _module_name(path: Path) -> str:
    return ".".join(("modelred_lint", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")


_ENVS: dict[str, dict[str, Any]] = {}


def _module_env(module: str) -> dict[str, Any]:
    """The module's top-level constants (strings, numbers, flags) that can be worked
    out without running it: enough for the patterns built from them."""
    if module in _ENVS:
        return _ENVS[module]
    env: dict[str, Any] = {}
    _ENVS[module] = env
    path = PACKAGE.joinpath(*module.split(".")[1:]).with_suffix(".py")
    if not path.is_file():
        path = PACKAGE.joinpath(*module.split(".")[1:], "__init__.py")
    if not path.is_file():
        return env
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("modelred_lint"):
            other = _module_env(node.module)
            for alias in node.names:
                if alias.name in other:
                    env[alias.asname or alias.name] = other[alias.name]
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if len(targets) == 1 and isinstance(targets[0], ast.Name):
                try:
                    env[targets[0].id] = _constant(node.value, env)
                except _NotConstant:
                    pass
    return env


def _constant(node: ast.AST, env: dict[str, Any]) -> Any:
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, int, bytes)):
        return node.value
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
        value = getattr(re, node.attr, None)
        if isinstance(value, int):
            return value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                if part.conversion != -1 or part.format_spec is not None:
                    raise _NotConstant
                parts.append(str(_constant(part.value, env)))
            else:
                parts.append(_constant(part, env))
        return "".join(parts)
    if isinstance(node, ast.BinOp):
        left, right = _constant(node.left, env), _constant(node.right, env)
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Mod):
            return left % right
        if isinstance(node.op, ast.BitOr):
            return left | right
    if isinstance(node, ast.Tuple):
        return tuple(_constant(e, env) for e in node.elts)
    raise _NotConstant


def _flags_argument(call: ast.Call) -> Optional[ast.AST]:
    for keyword in call.keywords:
        if keyword.arg == "flags":
            return keyword.value
    position = {"compile": 1, "sub": 4, "subn": 4, "split": 3}.get(call.func.attr, 2)  # type: ignore[attr-defined]
    return call.args[position] if len(call.args) > position else None


class _Site(NamedTuple):
    where: str
    function: str  # the enclosing function ("" at module level)
    node: ast.Call
    target: Optional[str]  # the name the compiled pattern is bound to, if any


def _sites(path: Path) -> Iterator[_Site]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    relative = path.relative_to(PACKAGE).as_posix()

    def visit(node: ast.AST, function: str, target: Optional[str]) -> Iterator[_Site]:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            function = node.name
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if len(targets) == 1 and isinstance(targets[0], (ast.Name, ast.Attribute)):
                target = targets[0].id if isinstance(targets[0], ast.Name) else targets[0].attr
        if isinstance(node, ast.Return):
            target = f"{function}()"
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in _RE_FUNCTIONS
        ):
            yield _Site(f"{relative}:{node.lineno}", function, node, target)
        for child in ast.iter_child_nodes(node):
            yield from visit(child, function, target if not isinstance(child, ast.stmt) else None)

    yield from visit(tree, "", None)


def _uses(path: Path, target: str) -> set[str]:
    """The methods called on a compiled pattern bound to `target` (a name, an
    attribute, or `f()` for a function returning it) in its module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    methods = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or node.attr not in _MODES:
            continue
        holder = node.value
        if isinstance(holder, ast.Name) and holder.id == target:
            methods.add(node.attr)
        elif isinstance(holder, ast.Attribute) and holder.attr == target:
            methods.add(node.attr)
        elif (
            isinstance(holder, ast.Call)
            and isinstance(holder.func, ast.Name)
            and f"{holder.func.id}()" == target
        ):
            methods.add(node.attr)
    return methods


def source_regexes() -> tuple[list[Regex], list[_Site]]:
    """(the literal patterns with how they are run, the sites that build one at run time)."""
    literal, dynamic = [], []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "regex_safety.py":  # the checker's own class scans (one character each)
            continue
        env = _module_env(_module_name(path))
        for site in _sites(path):
            call = site.node
            argument = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "pattern"), None)
            try:
                pattern = _constant(argument, env) if argument is not None else None
                flags_node = _flags_argument(call)
                flags = _constant(flags_node, env) if flags_node is not None else 0
            except _NotConstant:
                dynamic.append(site)
                continue
            if not isinstance(pattern, str):
                dynamic.append(site)
                continue
            if call.func.attr == "compile":  # type: ignore[attr-defined]
                used = _uses(path, site.target) if site.target else set()
                modes = tuple(sorted({_MODES[m] for m in used})) or (STRICT,)
            else:
                modes = (_MODES[call.func.attr],)  # type: ignore[attr-defined]
            literal.append(Regex(site.where, pattern, flags, modes))
    return literal, dynamic


# -- patterns built at run time ---------------------------------------------------------


def _knowledge():
    from modelred_lint.knowledge import Knowledge

    return Knowledge.build(load_catalogue(), {})


def _key_patterns() -> list[Regex]:
    """The catalogue's key formats as keyscan compiles them: searched behind the
    key-start look-behind, or matched whole against a bound value."""
    out = []
    for pattern in _knowledge().vocab.patterns:
        mode = _MODES["fullmatch"] if pattern.target else _MODES["finditer"]
        out.append(Regex(f"keyscan:{pattern.name}", pattern.regex.pattern, pattern.regex.flags, (mode,)))
    return out


def _token_literal() -> list[Regex]:
    from modelred_lint.checks.secret_bindings import _token_literal as build

    compiled = build(_knowledge().vocab.auth_schemes)
    # Its backreferences name a one-character group (the quote): read as a class.
    return [Regex("secret_bindings:_token_literal", compiled.pattern, compiled.flags, (_MODES["finditer"],), True)]


# Every place that builds a pattern at run time, by file and function, with how the
# patterns it builds are collected (or why none are run). A new one fails
# test_every_runtime_pattern_is_collected until it is added here.
RUNTIME: dict[tuple[str, str], Callable[[], list[Regex]] | str] = {
    ("keyscan.py", "compile_patterns"): _key_patterns,
    ("checks/secret_bindings.py", "_token_literal"): _token_literal,
    ("schema.py", "check"): "compiles a user's pattern to validate it; check_pattern guards what runs",
}


def runtime_regexes() -> list[Regex]:
    out = []
    for collect in RUNTIME.values():
        if callable(collect):
            out += collect()
    return out


def catalogue_regexes() -> list[tuple[str, str]]:
    """Every `regex` value in the rules' data and the shared vocabulary."""
    catalogue = load_catalogue()
    found: list[tuple[str, str]] = []

    def walk(value: Any, where: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "regex" and isinstance(item, str):
                    found.append((where, item))
                else:
                    walk(item, f"{where}.{key}")
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                walk(item, f"{where}[{index}]")

    for rule_id, rule in sorted(catalogue.rules.items()):
        walk(rule.data, rule_id)
    for name, data in sorted(catalogue.shared.items()):
        walk(data, f"shared/{name}")
    return found


LITERAL, DYNAMIC = source_regexes()
ALL_REGEXES = LITERAL + runtime_regexes()


# -- the checker accepts ours -------------------------------------------------------------


def test_the_collection_finds_the_patterns_it_must():
    """The walk sees the package's patterns (the test is not vacuous)."""
    wheres = {r.where.split(":")[0] for r in LITERAL}
    assert {"keyscan.py", "suppression.py", "redaction.py"} <= wheres
    assert len(ALL_REGEXES) >= 20
    assert len(catalogue_regexes()) >= 10


def test_every_runtime_pattern_is_collected():
    built = {(site.where.split(":")[0], site.function) for site in DYNAMIC}
    missing = built - set(RUNTIME)
    assert not missing, f"patterns built at run time with no collector in RUNTIME: {sorted(missing)}"


# Patterns of other modules the checker rejects, by a fragment of their text, each with
# the change that fixes it (see the report on issue 13; strict: an entry must go when
# its pattern is fixed, or the pattern moves out of the collection).
KNOWN = {
    r"\{((?:[^{}]|\{[^{}]*\})+)\}": (
        "frameworks.py _BRACE: linear in fact (a '{' inside the run must be closed by "
        "the second alternative), but the checker judges a repeat by its alphabet and "
        "cannot tell"
    ),
}


def _known(regex: Regex):
    for fragment, reason in KNOWN.items():
        if fragment in regex.pattern:
            return pytest.param(regex, marks=pytest.mark.xfail(strict=True, reason=reason), id=regex.where)
    return pytest.param(regex, id=regex.where)


@pytest.mark.parametrize("regex", [_known(r) for r in ALL_REGEXES])
def test_every_package_pattern_is_linear(regex):
    for search, end_fails in regex.modes:
        reason = analyse(
            regex.pattern, regex.flags, search=search, end_fails=end_fails, char_backreferences=regex.char_backreferences
        )
        assert reason is None, f"{regex.where} ({'search' if search else 'anchored'}): {reason}"


@pytest.mark.parametrize("where,pattern", catalogue_regexes(), ids=lambda v: v if ":" not in str(v) else "")
def test_every_catalogue_regex_passes_the_user_check(where, pattern):
    """Judged as strictly as a user's pattern: the catalogue sets the example."""
    assert check_pattern(pattern) is None, where


# -- the checker on known shapes -------------------------------------------------------------

BAD = {
    r"(a|a)*": "alternatives",
    r"(ab|a|b)*c": "alternatives",
    r"(a+)+": "inside a repeat",
    r"(a+)+$": "inside a repeat",
    r"(a*)*": "inside a repeat",
    r"(\w+\s?)*$": "inside a repeat",
    r"(.*a){20}": "",
    r"(?:a?a)*": "inside a repeat",
    r"(?:a|b+)*": "inside a repeat",
    r"(x\w+)*!": "inside a repeat",
    r"([a-z0-9]+)*@": "inside a repeat",
    r"\w+\w+$": "two repeats",
    r"[a-z]+x?[a-z0-9]+!": "two repeats",
    r"\d+\d*!": "two repeats",
    r"(a)\1": "backreference",
    r"(ab)\1+": "backreference",
    r"(a)?(?(1)b|c)": "conditional",
    r"a{2000}": "counted repeat",
    # Text with a period longer than one character: .*ab.*ab splits "ababab..." in
    # many ways; ",a,a,a" lets a search start after every comma.
    r"acme_.*ab.*ab.*!": "two repeats",
    r"(?:[a-z]+,)*x": "start",
    r"a[a-z-]*!": "start",
    r"acme_(?i)[a-z]{32}": "global flags",
    r"acme_[a-z": "not a valid",
}
GOOD = [
    r"mr_[A-Za-z0-9][A-Za-z0-9_\-]{11,}",
    r"sk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}",
    r"AKIA[0-9A-Z]{16}",
    r"acme_[A-Za-z0-9]{32}",
    r"acme_[A-Za-z0-9]+",
    r"(?i:acme)_[a-z0-9]{32,64}",
    r"[A-Za-z0-9]{40}",
    r"(?:ab)*c",
    r"[a-z]+\s+[0-9]+!",
    r"tok-(?:[A-Z]+-)*[0-9]+",
    r"a++a+!",
]


@pytest.mark.parametrize("pattern,says", BAD.items())
def test_the_checker_rejects_hazards(pattern, says):
    reason = check_pattern(pattern)
    assert reason is not None, pattern
    assert says in reason


@pytest.mark.parametrize("pattern", GOOD)
def test_the_checker_accepts_ordinary_key_patterns(pattern):
    assert check_pattern(pattern) is None


def test_the_modes_matter():
    """Searching adds a start at every position; the end of a fullmatch can fail."""
    assert analyse(r"[a-z]+!", search=False) is None
    assert "start" in analyse(r"[a-z]+!", search=True)
    assert analyse(r"\w+\w+", search=False, end_fails=False) is None
    assert analyse(r"\w+\w+", search=False, end_fails=True) is not None
    assert "start" in analyse(r"(?=[a-z]+!)", search=True)
    # A look-behind that refuses a start inside the run makes the search linear.
    assert analyse(r"(?<![a-z])[a-z]+!", search=True) is None
    assert analyse(r"(?<=[.!?])\s+(?=[A-Z])", search=True) is None
    # A repeat whose end the rest always accepts is never given back.
    assert analyse(r"[^\r\n]*(?:\r\n?|\n|\Z)", search=True, end_fails=False) is None


def test_a_reason_never_holds_a_key_from_the_pattern():
    key = "Zk3R9vQ2LmX8pW4tY7nB1cD6"  # invented; a user may paste one into a pattern
    reason = check_pattern(f"acme_{key}(?:[a-z]+)+$")
    assert reason is not None
    assert key not in reason and key[:8] not in reason


# -- adversarial timing --------------------------------------------------------------------

_TIMER = r'''
import json, re, sys, time
size = 5000
cases = json.load(sys.stdin)
out = []

def texts(alphabet, prefixes):
    """Runs of each accepted character ended by one that may be refused, after
    nothing, a stray character or a prefix the pattern spells; two characters
    alternating; a prefix over and over."""
    for lead in ["", "x", *prefixes[:2]]:
        for ch in alphabet:
            for end in ("!", "\n"):
                yield lead + ch * size + end
    for i, a in enumerate(alphabet):
        for b in alphabet[i + 1 : i + 3]:
            yield (a + b) * (size // 2) + "!"
    for prefix in prefixes:
        yield prefix * (size // len(prefix)) + "!"
        for ch in alphabet[:8]:
            yield (prefix + ch) * (size // (len(prefix) + 1)) + "\x00"

for where, pattern, flags, modes, alphabet, prefixes in cases:
    regex = re.compile(pattern, flags)
    for text in texts(alphabet, prefixes):
        for search, end_fails in modes:
            start = time.perf_counter()
            if not search:
                (regex.fullmatch if end_fails else regex.match)(text)
            else:
                for _ in regex.finditer(text):
                    pass
            out.append((where, len(text), text[:12], time.perf_counter() - start))
from modelred_lint.keyscan import _is_wordy
from modelred_lint.knowledge import Knowledge
from modelred_lint.catalogue import load_catalogue
vocab = Knowledge.build(load_catalogue(), {}).vocab
for text in sys.argv[1:]:
    for name, call in (("_is_wordy", _is_wordy), ("is_secret_value", vocab.is_secret_value),
                       ("scan", lambda t: list(vocab.scan(t)))):
        start = time.perf_counter()
        call(text)
        out.append(("keyscan." + name, len(text), text[:12], time.perf_counter() - start))
print(json.dumps(out))
'''

# Characters that stand for each category (ASCII and not).
_CATEGORY_SAMPLES = {"d": "07٣", "w": "aZ_é", "s": " \t\n\u00a0"}


def _alphabet(pattern: str, flags: int) -> list[str]:
    """Characters of each class the pattern uses (ends and middle of its ranges,
    samples of its categories), and a few it may refuse."""
    from re import _constants as c, _parser as p

    chars: set[str] = set("!x \n")

    def walk(items) -> None:
        for op, av in items:
            if op in (c.LITERAL, c.NOT_LITERAL):
                chars.add(chr(av))
            elif op is c.RANGE:
                chars.update({chr(av[0]), chr((av[0] + av[1]) // 2), chr(av[1])})
            elif op is c.CATEGORY:
                name = str(av).lower()
                for key, samples in _CATEGORY_SAMPLES.items():
                    if {"d": "digit", "w": "word", "s": "space"}[key] in name:
                        chars.update(samples)
            elif op is c.ANY:
                chars.add("a")
            elif op is c.IN:
                walk(av)
            elif op is c.BRANCH:
                for alt in av[1]:
                    walk(alt)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
                walk(av[2])
            elif op is c.SUBPATTERN:
                walk(av[-1])
            elif op in (c.ASSERT, c.ASSERT_NOT):
                walk(av[1])
            elif op is getattr(c, "ATOMIC_GROUP", None):
                walk(av)

    walk(p.parse(pattern, flags))
    ordered = sorted(chars)
    step = max(1, len(ordered) // 16)  # at most about 16, spread over the classes
    return ordered[::step]


def _literal_prefixes(pattern: str, flags: int) -> list[str]:
    """Runs of literal characters the pattern spells out (mr_, sk-ant-api, #, noqa:)."""
    from re import _constants as c, _parser as p

    runs: list[str] = []

    def walk(items) -> None:
        run = ""
        for op, av in items:
            if op is c.LITERAL:
                run += chr(av)
                continue
            if len(run) >= 1:
                runs.append(run)
            run = ""
            if op is c.SUBPATTERN:
                walk(av[-1])
            elif op is c.BRANCH:
                for alt in av[1]:
                    walk(alt)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                walk(av[2])
        if run:
            runs.append(run)

    walk(p.parse(pattern, flags))
    return sorted(set(runs), key=lambda r: (-len(r), r))[:6]


def test_every_pattern_stays_fast_on_adversarial_text():
    cases = []
    for regex in ALL_REGEXES:
        if any(fragment in regex.pattern for fragment in KNOWN):
            continue  # already failing above; a quadratic one would only slow this down
        cases.append(
            (regex.where, regex.pattern, regex.flags, regex.modes, _alphabet(regex.pattern, regex.flags),
             _literal_prefixes(regex.pattern, regex.flags))
        )
    for where, pattern in catalogue_regexes():
        modes = (_MODES["finditer"], _MODES["fullmatch"])
        cases.append((where, pattern, 0, modes, _alphabet(pattern, 0), _literal_prefixes(pattern, 0)))
    hang = [HANG, "aaaaaaaB" * 12 + "12345", "aaaaaaaB" * 600 + "12345", "Ab" * 2500 + "!", f'"{HANG}"']
    try:
        done = subprocess.run(
            [sys.executable, "-c", _TIMER, *hang],
            input=json.dumps(cases),
            capture_output=True,
            text=True,
            timeout=120,
            cwd=PACKAGE.parent,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("a pattern did not finish on adversarial text within 120 s")
    assert done.returncode == 0, done.stderr[-2000:]
    timings = json.loads(done.stdout)
    assert len(timings) > 5000
    assert sum(1 for where, *_ in timings if where == "keyscan._is_wordy") == len(hang)
    slow = [(where, size, head, round(seconds, 3)) for where, size, head, seconds in timings if seconds > PER_CASE_LIMIT]
    assert not slow, slow


# -- a user's pattern in the configuration ------------------------------------------------------


def test_a_catastrophic_user_pattern_is_a_configuration_error(tmp_path, monkeypatch):
    key_part = "Zk3R9vQ2LmX8pW4t"  # invented; the message must not hold the pattern whole
    pattern = f"acme_{key_part}(a+)+$"
    (tmp_path / "pyproject.toml").write_text(
        textwrap.dedent(
            f"""
            [tool.modelred-lint]
            extra-key-patterns = [{{ name = "Acme", regex = '{pattern}', env = "ACME_API_KEY" }}]
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "a.py").write_text("x = 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke("check", "a.py")
    output = result.stdout + (result.stderr or "")
    assert result.exit_code == 2, output
    assert "extra-key-patterns" in output
    assert "inside a repeat" in output
    assert pattern not in output and key_part not in output
