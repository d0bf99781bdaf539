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

Two readings are not covered, and the tests do not claim them: a key prefix spelled
with escape sequences (`"mr\\x5f..."` is a key the rules see but the text test does
not), and a secret name written with spaces as a dict key (`config["api key"]`), which
the name stages read as two words.
"""

from __future__ import annotations

import ast
import codecs
import re
from typing import Callable, Iterable, Iterator, Optional

from modelred_lint.keyscan import TOKEN_CHARS
from modelred_lint.knowledge import Knowledge


def _any_of(words: Iterable[str]) -> Callable[[str], bool]:
    """Does the text hold one of these strings? (str.find beats a regex alternation.)"""
    words = tuple(sorted(set(words)))
    return lambda text: any(word in text for word in words)


# Characters of a secret token plus the backslash of an escape.
_TOKEN_CHARS = TOKEN_CHARS + r"\\"
# What a name (an identifier, a dict key, an environment variable) is written with.
_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_NAME_TAIL = re.compile(r"[A-Za-z0-9_\-]*")
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
        self._flow = flow
        mentions_sdk = checks["MR003"]
        sink_methods = _any_of([*sdk.sinks, *flow.extra_sinks])
        checks["MR010"] = lambda text: mentions_sdk(text) and sink_methods(text)
        secret_calls = _any_of(flow.secret_calls)
        log_call = re.compile(
            r"\b(?:%s)\s*\(" % "|".join(sorted({*flow.log_methods, *(c.rsplit(".", 1)[-1] for c in flow.output_calls)}))
        )
        message_words = tuple(vocab.message_secret_words)

        def may_leak(text: str, sink: int) -> bool:
            """A secret source and a sink of this kind (0: raise, 1: log call) in one
            function: first a secret-like word among the text's tokens, then the
            functions of its syntax tree (see _flow_scopes)."""
            if not secret_calls(text):
                strict, maybe = self._secret_names(text)
                if not (strict or (maybe and any(word in text.lower() for word in message_words))):
                    return False
            return self._flow_scopes(text)[sink]

        checks["MR020"] = lambda text: "raise" in text and may_leak(text, 0)
        checks["MR021"] = lambda text: bool(log_call.search(text)) and may_leak(text, 1)
        checks["MR022"] = lambda text: "except" in text and mentions_sdk(text)
        self._names_text: Optional[str] = None
        self._scopes_text: Optional[str] = None
        self._tree_of: Optional[str] = None
        self._parsed: Optional[ast.AST] = None
        self._scopes_answer = (False, False)
        self._names_answer = (False, False)
        self.checks = {code: check for code, check in checks.items() if code in enabled}
        # The first stage of the tests that have a second (see codes_for).
        has_prefix = {r: _any_of(p.prefix for p in vocab.free_patterns if p.rule == r) for r in ("MR001", "MR002")}
        def bound_words(text: str) -> bool:
            return any(w in text.lower() for w in self._bound_target_words)

        def some_secret(text: str) -> bool:
            return secret_calls(text) or self._secret_names(text) != (False, False)

        first_stages = {
            "MR002": lambda text: has_prefix["MR002"](text) or bound_words(text),
            "MR004": lambda text: self._secret_names(text) != (False, False) or bound_words(text),
            "MR020": lambda text: "raise" in text and some_secret(text),
            "MR021": lambda text: bool(log_call.search(text)) and some_secret(text),
        }
        self.staged = {code: stage for code, stage in first_stages.items() if code in self.checks}

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
        self._bound_target_words = tuple({w for p in vocab.bound_patterns for w in p.target[-1:]})
        self._last_text: Optional[str] = None
        self._last_answer: dict[bool, bool] = {True: False, False: False}

    def _secret_names(self, text: str) -> tuple[bool, bool]:
        """(a strict secret name, a name that is a secret's only with a qualifier)
        among the identifier-like tokens of the text; kept for the next call. Names
        are split on case, so the tokens are found case-blind but read as written."""
        if text is self._names_text:
            return self._names_answer
        vocab = self._vocab
        lowered = text.lower()
        if len(lowered) != len(text):  # lower() changed lengths (rare letters): keep offsets
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        tokens = set()
        for word in self._secret_words:  # each occurrence, grown to its whole token
            at = lowered.find(word)
            while at >= 0:
                start = at
                while start and text[start - 1] in _NAME_CHARS:
                    start -= 1
                end = _NAME_TAIL.match(text, at).end()
                tokens.add(text[start:end])
                at = lowered.find(word, end)
        strict = maybe = False
        for token in tokens:
            if vocab.is_secret_name(token, strict=True):
                strict = True
                break
            if not maybe and vocab.is_secret_name(token):
                maybe = True
        self._names_text, self._names_answer = text, (strict, maybe)
        return strict, maybe

    def _tree(self, text: str) -> Optional[ast.AST]:
        """CPython's syntax tree of the text, parsed once for both second stages."""
        if text is not self._tree_of:
            self._tree_of = text
            try:
                self._parsed = ast.parse(text)
            except Exception:  # noqa: BLE001 - SyntaxError, ValueError (NUL), RecursionError ...
                self._parsed = None
        return self._parsed

    def _flow_scopes(self, text: str) -> tuple[bool, bool]:
        """(MR020 possible, MR021 possible): does one function (or the module's own
        code) hold both a secret source and a raise (a log call)? The dataflow rules
        follow a secret within one function and, through the summaries, out of the
        module's functions that return one; so a function counts as a source where
        it names a secret (as the rules read names: names, attributes, parameters,
        keywords, subscript and .get() keys, constants bound to a secret's name),
        calls a secrets reader, or calls a function of the module that is a source."""
        if text is self._scopes_text:
            return self._scopes_answer
        tree = self._tree(text)
        if tree is None:  # LibCST will say what is wrong (MR000)
            answer = (True, True)
        else:
            answer = _ScopeScan(self._vocab, self._flow).verdict(tree)
        self._scopes_text, self._scopes_answer = text, answer
        return answer

    def codes_for(self, text: str, candidates: Iterable[str]) -> set[str]:
        """The codes whose test passes. Once a test that needs no second stage has
        passed, the file is parsed anyway: the rules that have a second stage (a
        CPython parse to find bindings or names) are then run on their first stage's
        word alone, which is a superset, instead of paying for the second."""
        out = set()
        staged = []
        for code in candidates:
            check = self.checks.get(code)
            if check is None:
                out.add(code)
            elif code in self.staged:
                if self.staged[code](text):
                    staged.append(code)
            elif check(text):
                out.add(code)
        if out:
            return out | set(staged)
        return {code for code in staged if self.checks[code](text)}

    # -- secrets bound to names ---------------------------------------------------------
    def _secret_binding(self, text: str, bound_only: bool) -> bool:
        """Is a literal bound to a secret name here (bound_only: one of the formats
        that need a name)? Both answers come from one reading, kept for the next call."""
        if text is not self._last_text:
            self._last_text = text
            self._last_answer = self._find_secret_bindings(text)
        return self._last_answer[bound_only]

    def _find_secret_bindings(self, text: str) -> dict[bool, bool]:
        lowered = text.lower()
        bound_words = any(word in lowered for word in self._bound_target_words)
        strict, maybe = self._secret_names(text)
        if not (strict or maybe or bound_words):  # no name a secret could be bound to
            return {True: False, False: False}
        lines = self._secret_literal_lines(text)
        if not lines:
            return {True: False, False: False}
        tree = self._tree(text)
        if tree is None:  # let LibCST parse it, and say what is wrong (MR000)
            return {True: True, False: True}
        vocab = self._vocab
        found = {True: False, False: False}
        for name, value in _bindings(tree, lines):
            if vocab.bound_key(name, value) is not None:
                return {True: True, False: True}
            if vocab.is_secret_name(name) and vocab.is_secret_value(value):
                found[False] = True
        return found


    def _secret_literal_lines(self, text: str) -> set[int]:
        """The lines of literals whose value could be a secret: the body passes the
        value test, or an escape or a concatenation stands in the way of reading it
        here (the lines it spans count then; the binding's statement spans them)."""
        vocab = self._vocab
        lines: set[int] = set()
        for match in self._token_literal.finditer(text):
            first = text.count("\n", 0, match.start()) + 1
            body = match.group("body")
            if body is None:  # a concatenation
                lines.update(range(first, first + match.group(0).count("\n") + 1))
                continue
            values = [body]
            if "\\" in body:  # the value an escape makes, as well as the text (raw strings)
                try:
                    values.append(codecs.decode(body, "unicode_escape"))
                except (UnicodeDecodeError, ValueError):
                    lines.add(first)
                    continue
            for value in values:
                if vocab.is_secret_value(value) or any(p.regex.fullmatch(value) for p in vocab.bound_patterns):
                    lines.add(first)
                    break
        return lines




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
        elif isinstance(node, ast.arguments):
            positional = [*node.posonlyargs, *node.args]
            for arg, default in zip(positional[len(positional) - len(node.defaults) :], node.defaults):
                yield from _bound(arg.arg, default)
            for arg, default in zip(node.kwonlyargs, node.kw_defaults):
                if default is not None:
                    yield from _bound(arg.arg, default)


_BLOCKS = ("body", "orelse", "finalbody", "handlers", "cases")


class _Scope:
    __slots__ = ("strict", "maybe", "words", "raises", "logs", "calls", "refs")

    def __init__(self) -> None:
        self.strict = self.maybe = self.words = self.raises = self.logs = False
        self.calls: set[str] = set()
        self.refs: set[str] = set()


class _ScopeScan:
    """One walk of CPython's tree, statement by statement, keeping per function
    what the dataflow rules could make of it (see Prefilter._flow_scopes)."""

    def __init__(self, vocab, flow) -> None:
        self.vocab = vocab
        self.flow = flow
        self.functions: dict[str, _Scope] = {}
        self.scopes: list[_Scope] = []
        self.secret_constants: set[str] = set()

    def verdict(self, tree: ast.AST) -> tuple[bool, bool]:
        module = _Scope()
        self.scopes.append(module)
        self._walk(tree, module)
        sources = {id(s) for s in self.scopes if self._direct(s)}
        changed = True
        while changed:  # a function that calls a source returns what it returns
            changed = False
            for scope in self.scopes:
                if id(scope) not in sources and any(
                    id(self.functions[c]) in sources for c in scope.calls if c in self.functions
                ):
                    sources.add(id(scope))
                    changed = True
        live = [s for s in self.scopes if id(s) in sources]
        return any(s.raises for s in live), any(s.logs for s in live)

    def _direct(self, scope: _Scope) -> bool:
        return scope.strict or (scope.maybe and scope.words) or bool(scope.refs & self.secret_constants)

    def _name(self, scope: _Scope, name: str) -> None:
        vocab = self.vocab
        if vocab.is_secret_name(name, strict=True):
            scope.strict = True
        elif vocab.is_secret_name(name):
            scope.maybe = True

    def _walk(self, node: ast.AST, scope: _Scope) -> None:
        stack = [node]
        flow = self.flow
        while stack:
            node = stack.pop()
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and scope is not None:
                inner = _Scope()
                self.scopes.append(inner)
                self.functions.setdefault(node.name, inner)
                for part in (node.args, *node.decorator_list, node.returns):
                    if part is not None:
                        stack.append(part)  # evaluated where the function is defined
                for statement in node.body:
                    self._walk(statement, inner)
                continue
            if isinstance(node, ast.Name):
                scope.refs.add(node.id)
                self._name(scope, node.id)
            elif isinstance(node, ast.Attribute):
                self._name(scope, node.attr)
            elif isinstance(node, ast.arg):
                self._name(scope, node.arg)
            elif isinstance(node, ast.keyword) and node.arg:
                self._name(scope, node.arg)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if not scope.words and any(w in node.value.lower() for w in self.vocab.message_secret_words):
                    scope.words = True
            elif isinstance(node, ast.Raise) and node.exc is not None:
                scope.raises = True
            elif isinstance(node, ast.Call):
                name = _last_name(node.func)
                if name in flow.secret_calls:
                    scope.strict = True
                if isinstance(node.func, ast.Name):
                    scope.calls.add(node.func.id)
                    if node.func.id in flow.output_calls:
                        scope.logs = True
                elif isinstance(node.func, ast.Attribute):
                    dotted = _dotted(node.func)
                    if dotted in flow.output_calls or (
                        name in flow.log_methods and _last_name(node.func.value) in flow.log_receivers
                    ):
                        scope.logs = True
                if node.args and name in _KEY_CALLS:
                    self._key(scope, node.args[0])
            if isinstance(node, ast.Subscript):
                self._key(scope, node.slice)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                self._key(scope, node.value)
                value = node.value
                if (
                    scope is self.scopes[0]
                    and isinstance(value, ast.Constant)
                    and isinstance(value.value, str)
                    and self.vocab.is_secret_name(value.value)
                ):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    self.secret_constants.update(t.id for t in targets if isinstance(t, ast.Name))
            stack.extend(ast.iter_child_nodes(node))

    def _key(self, scope: _Scope, node) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) <= 100:
            self._name(scope, node.value)


def _dotted(node: ast.AST) -> Optional[str]:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None
_KEY_CALLS = frozenset({"get", "pop", "setdefault", "getenv"})


def _last_name(node: ast.AST) -> Optional[str]:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


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
