"""The dataflow rules' prefilter test on CPython's tree: could a secret reach a raise
(MR020) or a log call (MR021) within one function?

It mirrors what the rules (checks/dataflow_rules.py) take as a secret source: names as
the rules read them (names, attributes, parameters, keywords, subscript and .get()
keys, module constants bound to a secret's name), calls of a secrets reader, and calls
of a function of the module that is a source. CPython's parser is about eight times
faster than LibCST's, so this costs a fraction of the parse it spares.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Optional

from modelred_lint.flow_model import matches
from modelred_lint.triggers import (
    ScanText,
    Test,
    any_secret_name,
    mentions,
    pattern_fragments,
    python_tree,
    secret_names,
)


@dataclass(frozen=True)
class FlowScopes:
    raises: bool  # a function holds a secret source and a raise
    logs: bool  # a function holds a secret source and a log call


_ANY = FlowScopes(True, True)
_NONE = FlowScopes(False, False)


def log_call_test(flow) -> Test:
    """A call of a log method or an output function, by its last name."""
    names = sorted({*flow.log_methods, *(c.rsplit(".", 1)[-1] for c in flow.output_calls)})
    pattern = re.compile(r"\b(?:%s)\s*\(" % "|".join(map(re.escape, names)))
    return lambda scan: pattern.search(scan.text) is not None


def _calls_secret_reader(scan: ScanText) -> bool:
    flow = scan.knowledge.dataflow
    return mentions(pattern_fragments((*flow.secret_calls, *flow.token_providers)))(scan)


def _unnamed_sources(scan: ScanText) -> bool:
    """Sources a secret-like name need not announce: a secrets reader or token provider
    called, a literal key (bound to any name), a parameter of a signature known to hand
    over a structure holding a secret."""
    knowledge = scan.knowledge
    prefixes = [p.prefix for p in knowledge.vocab.free_patterns if p.prefix]
    signatures = [word for shape in knowledge.dataflow.structure_parameters for word in shape["signature"][-1:]]
    return _calls_secret_reader(scan) or mentions(prefixes)(scan) or mentions(signatures)(scan)


def some_secret(scan: ScanText) -> bool:
    """A word of the text that could be a secret's source."""
    return _unnamed_sources(scan) or any_secret_name(scan)


def flow_scopes(scan: ScanText) -> FlowScopes:
    knowledge = scan.knowledge
    if not _unnamed_sources(scan):
        strict, maybe = scan.get(secret_names)
        words = knowledge.vocab.message_secret_words
        if not (strict or (maybe and any(word in scan.text.lower() for word in words))):
            return _NONE
    tree = scan.get(python_tree)
    if tree is None:  # LibCST will say what is wrong (MR000)
        return _ANY
    raises, logs = _ScopeScan(knowledge.vocab, knowledge.dataflow).verdict(tree)
    return FlowScopes(raises, logs)


class _Scope:
    __slots__ = ("strict", "maybe", "words", "raises", "logs", "calls", "refs")

    def __init__(self) -> None:
        self.strict = self.maybe = self.words = self.raises = self.logs = False
        self.calls: set[str] = set()
        self.refs: set[str] = set()


class _ScopeScan:
    """One walk of CPython's tree, statement by statement, keeping per function
    what the dataflow rules could make of it."""

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
                args = [a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)]
                for shape in flow.structure_parameters:
                    signature = list(shape["signature"])
                    if any(args[i : i + len(signature)] == signature for i in range(len(args))):
                        inner.strict = True
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
                if matches(name, flow.secret_calls) or matches(name, flow.token_providers):
                    scope.strict = True
                if isinstance(node.func, ast.Name):
                    scope.calls.add(node.func.id)
                    if node.func.id in flow.output_calls:
                        scope.logs = True
                elif isinstance(node.func, ast.Attribute):
                    dotted = _dotted(node.func)
                    # Any receiver: the rule also knows loggers by their binding.
                    if dotted in flow.output_calls or (
                        name in flow.log_methods
                    ):
                        scope.logs = True
                if node.args and name in _KEY_CALLS:
                    self._key(scope, node.args[0])
            if isinstance(node, ast.Subscript):
                self._key(scope, node.slice)
            elif isinstance(node, ast.Dict):
                for key in node.keys:
                    if key is not None:
                        self._key(scope, key)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                self._key(scope, node.value)
                value = node.value
                if (
                    scope is self.scopes[0]
                    and isinstance(value, ast.Constant)
                    and isinstance(value.value, str)
                    and (self.vocab.is_secret_name(value.value) or next(self.vocab.scan(value.value), None))
                ):
                    # A constant naming a secret's variable, or holding a key itself.
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
