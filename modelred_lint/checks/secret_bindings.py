"""MR004 hardcoded-secret, and MR002's formats that need a name to be recognised
(an AWS secret access key is 40 characters of base64 and nothing else): a literal bound
to a name, through assignment, annotation, keyword, dict entry or parameter default, or
given to an environment variable as a read's default (`os.getenv("GROQ_API_KEY",
"gsk_...")`) or written into it (`os.environ.setdefault(...)`, `os.putenv(...)`): the
value the code runs with wherever the variable is unset."""

from __future__ import annotations

import ast
import codecs
import functools
import re
from typing import Iterator, Optional

from modelred_lint.key_fixes import ENV_READS, ENV_WRITES, plan_for
from modelred_lint.keyscan import TOKEN_CHARS, redact
from modelred_lint.knowledge import KEY_PATTERNS, EXTRA_PLACEHOLDER_WORDS, EXTRA_SECRET_NAMES
from modelred_lint.lazy import cst
from modelred_lint.names import literal_value
from modelred_lint.rule import Rule
from modelred_lint.triggers import (
    PerOwner,
    ScanText,
    Trigger,
    new_memo,
    any_of,
    any_secret_name,
    ast_last_name,
    mentions_folded,
    python_tree,
)


def target_name(node: cst.BaseExpression) -> Optional[str]:
    """The name a value is bound to: `x`, `self.api_key` -> api_key,
    `config["api_token"]` -> api_token."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return node.attr.value
    if isinstance(node, cst.Subscript) and len(node.slice) == 1:
        index = node.slice[0].slice
        if isinstance(index, cst.Index):
            return literal_value(index.value)
    return None


class SecretBindings(Rule):
    codes = ("MR002", "MR004")
    options = (EXTRA_SECRET_NAMES, EXTRA_PLACEHOLDER_WORDS)
    data_fields = KEY_PATTERNS

    @classmethod
    def triggers(cls, knowledge):
        """A literal bound to a name that says what it is: first a word of such a name
        in the text, then the bindings themselves, read from CPython's tree."""
        bound_words = mentions_folded(w for p in knowledge.vocab.bound_patterns for w in p.target[-1:])
        return {
            "MR002": Trigger(bound_words, exact=lambda scan: scan.get(secret_bindings).bound_key),
            "MR004": Trigger(
                any_of(any_secret_name, bound_words), exact=lambda scan: scan.get(secret_bindings).secret
            ),
        }

    def visit_Assign(self, node: cst.Assign) -> None:
        for target in node.targets:
            self._check(target_name(target.target), node.value)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        if node.value is not None:
            self._check(target_name(node.target), node.value)

    def visit_Arg(self, node: cst.Arg) -> None:
        if node.keyword is not None:
            self._check(node.keyword.value, node.value)

    def visit_DictElement(self, node: cst.DictElement) -> None:
        self._check(literal_value(node.key), node.value)

    def visit_Param(self, node: cst.Param) -> None:
        if node.default is not None:
            self._check(node.name.value, node.default)

    def visit_Call(self, node: cst.Call) -> None:
        # os.getenv("GROQ_API_KEY", "gsk_..."), os.environ.setdefault(...), os.putenv(...):
        # the value the variable has wherever it is unset is bound to its name
        default = _env_default(node.args)
        if default is not None and self.names.qualname(node.func) in _ENV_DEFAULTS:
            self._check(literal_value(node.args[0].value), default)

    def leave_Module(self, node: cst.Module) -> None:
        plan_for(self.ctx).flush(node)

    def _check(self, name: Optional[str], value: cst.BaseExpression) -> None:
        if not name or type(value) not in (cst.SimpleString, cst.ConcatenatedString):
            return
        text = literal_value(value)
        if not text:
            return
        vocab = self.vocab
        if self.enabled("MR002"):
            match = vocab.bound_key(name, text)
            if match is not None:
                pattern = match.pattern

                def emit_key(env, fix, statement, top):
                    self.report(
                        "MR002",
                        value,
                        f"Hardcoded {pattern.name} `{redact(text)}` in `{name}`: read it "
                        f"from the environment ({env}) or a secrets manager, and rotate it",
                        claim=value,
                        fix=fix,
                        snippet=redact(text),
                        statement=statement,
                        top=top,
                    )

                plan_for(self.ctx).request(self, "MR002", value, text, text, pattern.env, emit_key)
                return
        if self.enabled("MR004") and vocab.is_bound_secret_name(name) and vocab.is_secret_value(text):

            def emit_secret(env, fix, statement, top):
                self.report(
                    "MR004",
                    value,
                    f"Hardcoded secret in `{name}` (`{redact(text)}`): read it from the "
                    f"environment ({env}) or a secrets manager",
                    claim=value,
                    fix=fix,
                    snippet=f"{name}:{redact(text)}",
                    statement=statement,
                    top=top,
                )

            plan_for(self.ctx).request(self, "MR004", value, text, text, None, emit_secret)


def _env_default(args) -> Optional[cst.BaseExpression]:
    """The literal default of a read by a literal name (`("X", "value")`, `("X",
    default="value")`), if the arguments are those of one."""
    if len(args) != 2 or args[0].keyword is not None or args[0].star or type(args[0].value) is not cst.SimpleString:
        return None
    second = args[1]
    if second.star or (second.keyword is not None and second.keyword.value != "default"):
        return None
    return second.value if type(second.value) in (cst.SimpleString, cst.ConcatenatedString) else None


# -- the prefilter's reading of the same bindings, on CPython's tree ----------------------
class _Found:
    __slots__ = ("bound_key", "secret")

    def __init__(self, bound_key: bool = False, secret: bool = False) -> None:
        self.bound_key = bound_key  # a key of a format that needs its name (MR002)
        self.secret = secret  # a secret value bound to a secret name (MR004), or the above


def secret_bindings(scan: ScanText) -> _Found:
    """The bindings the visitor above reads (assignments, annotated assignments,
    keyword arguments, dict entries, parameter defaults), found in CPython's tree on
    the lines where a literal that could be a secret stands."""
    vocab = scan.knowledge.vocab
    lines = _secret_literal_lines(scan)
    if not lines:
        return _Found()
    tree = scan.get(python_tree)
    if tree is None:  # let LibCST parse it, and say what is wrong (MR000)
        return _Found(True, True)
    found = _Found()
    for name, value in _bindings(tree, lines):
        if vocab.bound_key(name, value) is not None:
            return _Found(True, True)
        if vocab.is_bound_secret_name(name) and vocab.is_secret_value(value):
            found.secret = True
    return found


@functools.lru_cache(maxsize=8)
def _token_literal(schemes: tuple[str, ...]) -> re.Pattern:
    """A literal that could hold a secret token: 16 or more token characters between
    quotes (an auth scheme may stand first), or two literals side by side (an implicit
    concatenation, whose parts may be shorter). The backslash of an escape counts.
    Both readings start with the opening quote, written once in front: the regex engine
    then skips to the next quote at C speed (with it inside each alternative the search
    tried every position, three times slower; the matches are the same)."""
    token = f"[{TOKEN_CHARS}\\\\]"
    quote = "[\"']"
    scheme = "|".join(re.escape(s + " ") for s in schemes)
    return re.compile(
        f"(?P<q1>{quote})(?:(?P<body>(?:{scheme})?{token}{{16,}}){quote}"
        f"|{token}+(?P=q1)[ \\t]*(?:\\\\?\\r?\\n[ \\t]*)*[rRbBuU]{{0,2}}"
        f"(?P<q2>{quote}){token}*(?P=q2))"
    )


def _secret_literal_lines(scan: ScanText) -> set[int]:
    """The lines of literals whose value could be a secret: the body passes the value
    test, or an escape or a concatenation stands in the way of reading it here (the
    lines it spans count then; the binding's statement spans them)."""
    vocab = scan.knowledge.vocab
    text = scan.text
    lines: set[int] = set()
    verdicts = _verdicts_of(vocab)
    counted, first = 0, 1  # newlines counted from where the last match stood, not from 0
    for match in _token_literal(vocab.auth_schemes).finditer(text):
        first += text.count("\n", counted, match.start())
        counted = match.start()
        body = match.group("body")
        if body is None:  # a concatenation
            lines.update(range(first, first + match.group(0).count("\n") + 1))
            continue
        values = [body]
        if "\\" in body:  # the value an escape makes, as well as the text (raw strings)
            try:
                values.append(_unescaped(body))
            except (UnicodeDecodeError, ValueError):
                lines.add(first)
                continue
        if any(_could_be_secret(vocab, verdicts, value) for value in values):
            lines.add(first)
    return lines


def _unescaped(body: str) -> str:
    """The value the escapes of a literal's body make. An escape Python does not know
    (`"\\s"` in a pattern) stands for itself, and decoding it makes a DeprecationWarning
    (raised under `-W error`): such a backslash is doubled first, which gives the same
    value without the warning. (Not by holding warnings off: that state is the process's,
    and the language server lints on threads.)"""
    return codecs.decode(_ESCAPE_PAIR.sub(_escape_itself, body), "unicode_escape")


# A backslash and the character after it, pair by pair (`\\\\s` is an escaped backslash
# and an `s`); the characters after a backslash that make an escape Python knows.
_ESCAPE_PAIR = re.compile(r"\\(.)", re.S)
_KNOWN_ESCAPES = frozenset("\\'\"abfnrtv01234567xNuU\n")


def _escape_itself(match: re.Match) -> str:
    return match.group(0) if match.group(1) in _KNOWN_ESCAPES else "\\" + match.group(0)


# Each literal body's verdict, per vocabulary: the same values (hashes, identifiers,
# version strings, URLs) come back file after file, and the value test is costly. Bounded.
_verdicts_of = PerOwner(new_memo, 100_000)


def _could_be_secret(vocab, verdicts: dict[str, bool], value: str) -> bool:
    verdict = verdicts.get(value)
    if verdict is None:
        verdict = verdicts[value] = vocab.is_secret_value(value) or any(
            p.regex.fullmatch(value) for p in vocab.bound_patterns
        )
    return verdict


def _bindings(tree: ast.AST, lines) -> Iterator[tuple[str, str]]:
    """(name, string value) for every literal bound to a name on one of these lines,
    the same bindings checks/secret_bindings.py reads in the CST: assignments,
    annotated assignments, keyword arguments, dict entries and parameter defaults.
    Statements away from those lines are passed over whole."""
    for node in _near(tree, lines):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                yield from _bound(_target_name(target), node.value)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            yield from _bound(_target_name(node.target), node.value)
        elif isinstance(node, ast.keyword) and node.arg:
            yield from _bound(node.arg, node.value)
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    yield from _bound(key.value, value)
        elif isinstance(node, ast.Call) and len(node.args) + len(node.keywords) == 2 and node.args \
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str) \
                and ast_last_name(node.func) in _ENV_READ_NAMES:
            # os.getenv("X", "value"), environ.get("X", default="value"): a superset of the
            # rule's reads (by their last name, under any import)
            default = node.args[1] if len(node.args) == 2 else node.keywords[0].value
            yield from _bound(node.args[0].value, default)
        elif isinstance(node, ast.arguments):
            positional = [*node.posonlyargs, *node.args]
            for arg, default in zip(positional[len(positional) - len(node.defaults) :], node.defaults):
                yield from _bound(arg.arg, default)
            for arg, default in zip(node.kwonlyargs, node.kw_defaults):
                if default is not None:
                    yield from _bound(arg.arg, default)


_BLOCKS = ("body", "orelse", "finalbody", "handlers", "cases")


def _near(tree: ast.AST, lines) -> Iterator[ast.AST]:
    """Every node of the statements that span one of the lines; a compound
    statement's own parts (header, defaults, decorators) but not its blocks, which
    are statements of their own."""
    stack = [tree]
    while stack:
        node = stack.pop()
        for field in _BLOCKS:
            for child in getattr(node, field, None) or ():
                if isinstance(child, ast.stmt):
                    if any(line in lines for line in range(child.lineno, (child.end_lineno or child.lineno) + 1)):
                        stack.append(child)
                else:  # except handlers and match cases hold statements
                    stack.append(child)
        if isinstance(node, ast.stmt):
            yield node
            for field, value in ast.iter_fields(node):
                if field in _BLOCKS:
                    continue
                for part in value if isinstance(value, list) else [value]:
                    if isinstance(part, ast.AST):
                        yield from ast.walk(part)


def _bound(name: Optional[str], value: ast.AST) -> Iterator[tuple[str, str]]:
    if name and isinstance(value, ast.Constant):
        if isinstance(value.value, str):
            yield name, value.value
        elif isinstance(value.value, bytes):
            yield name, value.value.decode("latin-1")


# The calls that give an environment variable a value the code holds: a read's default
# (where it is unset), and a write (`os.environ.setdefault("X", "value")`, os.putenv).
_ENV_DEFAULTS = ENV_READS | ENV_WRITES
# ... by their last names (getenv, get, setdefault, putenv).
_ENV_READ_NAMES = frozenset(name.rsplit(".", 1)[-1] for name in _ENV_DEFAULTS)


def _target_name(target: ast.AST) -> Optional[str]:
    if isinstance(target, ast.Name):
        return target.id
    if isinstance(target, ast.Attribute):
        return target.attr
    if isinstance(target, ast.Subscript):
        index = target.slice
        if isinstance(index, ast.Constant) and isinstance(index.value, str):
            return index.value
    return None
