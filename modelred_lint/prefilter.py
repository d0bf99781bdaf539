"""Which rules could fire on a file, decided before LibCST parses it.

Sound by construction: each test is implied by every finding its rule can make,
because it is built from the same catalogue data the rule matches on. A file that
passes no test is never parsed (its parse errors then cannot hide a finding, and MR000
is not reported for it). `--no-prefilter` turns this off; the tests check that the
findings are the same either way.

Two stages. Regular expressions over the text first: a key prefix, the SDK's module
name, a secret word next to a literal that could be a secret. Then, for the bindings
of secrets (MR004, and MR002's formats that need a name), CPython's own parser, about
eight times faster than LibCST's: it finds the literals bound to secret names exactly,
so that LibCST parses only files that hold one.
"""

from __future__ import annotations

import ast
import re
from typing import Callable, Iterable, Iterator, Optional

from modelred_lint.knowledge import Knowledge


def _any_of(words: Iterable[str]) -> Callable[[str], bool]:
    """Does the text hold one of these strings? (str.find beats a regex alternation.)"""
    words = tuple(sorted(set(words)))
    return lambda text: any(word in text for word in words)


# Characters of a secret token (keyscan._TOKEN) plus the backslash of an escape.
_TOKEN_CHARS = r"A-Za-z0-9+/=_\-.~!@#$%^&*()?\\"
_QUOTE = "[\"']"


class Prefilter:
    def __init__(self, knowledge: Knowledge, enabled: Iterable[str]) -> None:
        vocab, sdk = knowledge.vocab, knowledge.sdk
        self._vocab = vocab
        checks: dict[str, Callable[[str], bool]] = {}
        for rule in ("MR001", "MR002"):
            free = [p for p in vocab.free_patterns if p.rule == rule]
            bound = [p for p in vocab.bound_patterns if p.rule == rule]
            # A free pattern matches only where its prefix stands; one without a prefix
            # could match anywhere, so the file must be parsed.
            if any(not p.prefix for p in free):
                checks[rule] = lambda text: True
                continue
            has_prefix = _any_of(p.prefix for p in free)
            if bound:
                checks[rule] = lambda text, has_prefix=has_prefix: has_prefix(text) or self._secret_binding(
                    text, bound_only=True
                )
            else:
                checks[rule] = has_prefix
        # MR003 needs a call resolved into the SDK, hence an import of one of its modules.
        checks["MR003"] = _any_of(m.split(".")[0] for m in sdk.modules)
        checks["MR004"] = lambda text: self._secret_binding(text, bound_only=False)
        # The dataflow rules: a sink of theirs must be named, and a source.
        flow = knowledge.dataflow
        mentions_sdk = checks["MR003"]
        sink_methods = _any_of([*sdk.sinks, *flow.extra_sinks])
        checks["MR010"] = lambda text: mentions_sdk(text) and sink_methods(text)
        secret_calls = _any_of(flow.secret_calls)
        log_words = _any_of(["print", "log", "LOG", "warn", "write", "echo"])

        def mentions_secret(text: str) -> bool:
            lowered = text.lower()
            return any(word in lowered for word in self._secret_words) or secret_calls(text)

        checks["MR020"] = lambda text: "raise" in text and mentions_secret(text)
        checks["MR021"] = lambda text: log_words(text) and mentions_secret(text)
        checks["MR022"] = lambda text: "except" in text and mentions_sdk(text)
        self.checks = {code: check for code, check in checks.items() if code in enabled}

        # A secret name holds every word of one of the secret-name sequences; its last
        # word is enough to look for (case-insensitive: names are split on case).
        self._secret_words = tuple(
            sorted({seq[-1] for seq in vocab.secret_names} | {w for p in vocab.bound_patterns for w in p.target[-1:]})
        )
        # A literal that could hold a secret token: 16 or more token characters between
        # quotes (an auth scheme may stand first), or two literals side by side (an
        # implicit concatenation, whose parts may be shorter).
        schemes = "|".join(re.escape(s + " ") for s in vocab.auth_schemes)
        token = f"[{_TOKEN_CHARS}]"
        self._token_literal = re.compile(
            f"{_QUOTE}(?P<body>(?:{schemes})?{token}{{16,}}){_QUOTE}"
            f"|(?P<q1>{_QUOTE}){token}+(?P=q1)[ \\t]*(?:\\\\?\\r?\\n[ \\t]*)*[rRbBuU]{{0,2}}"
            f"(?P<q2>{_QUOTE}){token}*(?P=q2)"
        )
        self._last_text: Optional[str] = None
        self._last_answer: dict[bool, bool] = {True: False, False: False}

    def codes_for(self, text: str, candidates: Iterable[str]) -> set[str]:
        out = set()
        for code in candidates:
            check = self.checks.get(code)
            if check is None or check(text):
                out.add(code)
        return out

    # -- secrets bound to names ---------------------------------------------------------
    def _secret_binding(self, text: str, bound_only: bool) -> bool:
        """Is a literal bound to a secret name here (bound_only: one of the formats
        that need a name)? Both answers come from one reading, kept for the next call."""
        if text is not self._last_text:
            self._last_text = text
            self._last_answer = self._find_secret_bindings(text)
        return self._last_answer[bound_only]

    def _find_secret_bindings(self, text: str) -> dict[bool, bool]:
        lowered = text.lower()  # str.find is far faster than a case-blind regex
        if not any(word in lowered for word in self._secret_words) or not self._secret_literal(text):
            return {True: False, False: False}
        try:
            tree = ast.parse(text)
        except Exception:  # let LibCST parse it, and say what is wrong (MR000)
            return {True: True, False: True}
        vocab = self._vocab
        found = {True: False, False: False}
        for name, value in _bindings(tree):
            if vocab.bound_key(name, value) is not None:
                return {True: True, False: True}
            if vocab.is_secret_name(name) and vocab.is_secret_value(value):
                found[False] = True
        return found


    def _secret_literal(self, text: str) -> bool:
        """A literal whose value could be a secret: its body passes the value test, or
        an escape or a concatenation stands in the way of reading it here."""
        vocab = self._vocab
        for match in self._token_literal.finditer(text):
            body = match.group("body")
            if body is None:
                return True
            if "\\" in body:
                try:
                    body = ast.literal_eval(match.group(0))
                except Exception:  # an escape this reading cannot follow
                    return True
                if not isinstance(body, str):
                    return True
            if vocab.is_secret_value(body) or any(p.regex.fullmatch(body) for p in vocab.bound_patterns):
                return True
        return False


def _bindings(tree: ast.AST) -> Iterator[tuple[str, str]]:
    """(name, string value) for every literal bound to a name, the same bindings
    checks/secret_bindings.py reads in the CST: assignments, annotated assignments,
    keyword arguments, dict entries and parameter defaults."""
    for node in ast.walk(tree):
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
        elif isinstance(node, ast.arguments):
            positional = [*node.posonlyargs, *node.args]
            for arg, default in zip(positional[len(positional) - len(node.defaults) :], node.defaults):
                yield from _bound(arg.arg, default)
            for arg, default in zip(node.kwonlyargs, node.kw_defaults):
                if default is not None:
                    yield from _bound(arg.arg, default)


def _bound(name: Optional[str], value: ast.AST) -> Iterator[tuple[str, str]]:
    if name and isinstance(value, ast.Constant):
        if isinstance(value.value, str):
            yield name, value.value
        elif isinstance(value.value, bytes):
            yield name, value.value.decode("latin-1")


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
