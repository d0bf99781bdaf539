"""What the message rules read of the modules a file imports from (see neighbours.py).

Two facts, each only where the file itself cannot tell:
- an exception class imported by name (`from ..core.api_error import ApiError`): which
  of its constructor's arguments its message shows, read from its definition there
  (exception_classes.message_parameters);
- a credential getter (`credential-getters` in rules/shared/dataflow.yaml) called on an
  object of a class the file cannot see (`self._client_wrapper.get_headers()`): the
  secrets its result holds, from the summary of the one method of that name in the
  modules the file imports from, made by the rules in that module's own setting.

A lookup reads at most one level: the neighbour's own rules do not look further.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Optional

from modelred_lint import neighbours
from modelred_lint.bounded import keep
from modelred_lint.constant_tables import changed_names, plain_assignments, table_text
from modelred_lint.lazy import cst
from modelred_lint.names import dotted_name

# (neighbour path, its digest, method name) -> the labels its result holds; per process
_returns: dict[tuple, frozenset] = {}
_helpers: dict[tuple, object] = {}  # (path, digest, "def", function) or (path, digest, "method", class, method) -> summary
_HELD = 1024


def imported_names(module) -> dict:
    """local name -> (module, level, imported name) of the top level's `from` imports
    (those inside `try:` / `if TYPE_CHECKING:` too), in the order they run: the last
    import of a name is the one that stands."""
    out: dict = {}
    _read_imports(module.body, out)
    return out


def function_imports(module) -> dict:
    """local name -> (module, level, imported name) of the `from` imports at the top of
    the module's functions and methods (`from .server import print_banner` inside the
    function that calls it), the first of each name."""
    out: dict = {}
    for statement in module.body:
        kind = type(statement)
        if kind is cst.ClassDef and isinstance(statement.body, cst.IndentedBlock):
            functions = [s for s in statement.body.body if type(s) is cst.FunctionDef]
        elif kind is cst.FunctionDef:
            functions = [statement]
        else:
            continue
        for function in functions:
            if isinstance(function.body, cst.IndentedBlock):
                found: dict = {}
                _read_imports(function.body.body, found)
                for name, entry in found.items():
                    out.setdefault(name, entry)
    return out


def class_resolver(module, outside: Optional[Callable] = None) -> Callable:
    """name -> (the ClassDef of that name, the resolver of its module), or None: the
    module's own top-level classes, then what `outside` finds (see
    secret_records._is_record: a record's base class)."""
    return _ClassResolver({s.name.value: s for s in module.body if type(s) is cst.ClassDef}, outside)


class _ClassResolver:
    """class_resolver()'s function, as an object that returns itself: a closure that
    named itself was a reference cycle, which kept the module's classes (and, through
    `outside`, its whole tree) from going when the file's lint ended (see
    file_lint._release)."""

    __slots__ = ("own", "outside")

    def __init__(self, own: dict, outside: Optional[Callable]) -> None:
        self.own = own
        self.outside = outside

    def __call__(self, name: str):
        found = self.own.get(name)
        if found is not None:
            return found, self
        return self.outside(name) if self.outside is not None else None


def _read_imports(body, out: dict) -> None:
    for statement in body:
        kind = type(statement)
        if kind is cst.SimpleStatementLine:
            for small in statement.body:
                if type(small) is cst.ImportFrom and not isinstance(small.names, cst.ImportStar):
                    source = dotted_name(small.module) if small.module is not None else None
                    for alias in small.names:
                        name = alias.name.value if type(alias.name) is cst.Name else None
                        if name is None:
                            continue
                        local = alias.asname.name.value if alias.asname is not None \
                            and type(alias.asname.name) is cst.Name else name
                        out[local] = (source, len(small.relative), name)
        elif kind in (cst.Try, cst.If) and isinstance(statement.body, cst.IndentedBlock):
            _read_imports(statement.body.body, out)


class ImportedFacts:
    """The lookups for one linted file (made when first asked)."""

    def __init__(self, path: str, module, make_rule: Callable) -> None:
        self.path = path
        self.module = module
        self.make_rule = make_rule  # (neighbour path, text) -> a rule object set up on it
        self._names: Optional[dict] = None
        self._files: Optional[list] = None
        self._classes: dict = {}
        self._getters: dict = {}
        self._returned: dict = {}
        self._url_errors: dict = {}
        self._function_names: Optional[dict] = None
        self._tables: dict = {}  # neighbour file -> (the names it changes, its top-level bindings)

    def _imports(self) -> dict:
        if self._names is None:
            self._names = imported_names(self.module)
        return self._names

    def _module_files(self) -> list:
        """The files of the modules the file imports names from, in import order."""
        if self._files is None:
            seen, files = set(), []
            for source, level, _ in self._imports().values():
                if (source, level) in seen:
                    continue
                seen.add((source, level))
                found = neighbours.module_file(self.path, source, level)
                if found is not None and found not in files:
                    files.append(found)
            self._files = files
        return self._files

    def helper_summary(self, local: str):
        """The summary of a function imported by name (at the top, or at the top of a
        function) from a module beside this one, made by the rules there; None where it
        cannot be read. MR021's messages only: the output helpers looked up are not
        raisers (a file without a raise is not read for MR020)."""
        entry = self._imports().get(local)
        if entry is None:
            if self._function_names is None:
                self._function_names = function_imports(self.module)
            entry = self._function_names.get(local)
        if entry is None:
            return None
        source, level, name = entry
        file = neighbours.module_file(self.path, source, level)
        held = neighbours.read(file) if file is not None else None
        if held is None or f"def {name}(" not in held[0]:
            return None
        text, digest = held
        return _output_helper((file, digest, "def", name), lambda: _function_summary(self.make_rule(file, text), name))

    def inherited_helper(self, base: str, method: str):
        """The summary of an output helper method a class inherits from a base class
        imported by name from a module beside this one (`self._log_error(msg, e)` in
        `class SlackSender(BaseSender)`, `from .base import BaseSender`, where BaseSender's
        _log_error logs both), made by the rules there with the base's own attributes; None
        where it cannot be read. MR021's messages only, as helper_summary's. (Its `self`
        is index 0 of its parameters.)"""
        entry = self._imports().get(base)
        if entry is None:
            return None
        source, level, name = entry
        file = neighbours.defining_file(self.path, source, level, name)
        held = neighbours.read(file) if file is not None else None
        if held is None or f"def {method}(" not in held[0]:
            return None
        text, digest = held

        def summarise():
            cls = self.exception_class(base)
            node = _method_of(cls, method)
            if node is None or not node.params.params or node.params.params[0].name.value != "self":
                return None
            return _method_summary(self.make_rule(file, text), cls, node)

        return _output_helper((file, digest, "method", name, method), summarise)

    def record_fields(self, local: str, model, vocab) -> tuple[str, ...]:
        """The secret fields an imported record class shows when printed (`@dataclass
        class WorkspaceConfig: composio_api_key: str` of `from .base import
        WorkspaceConfig`), as the rules read the module's own records; empty where the
        class cannot be read or is no such record."""
        from modelred_lint.flow_scan import declares_secret_field
        from modelred_lint.secret_records import clean_fields, secret_fields

        entry = self._imports().get(local)
        file = neighbours.defining_file(self.path, *entry) if entry is not None else None
        text = neighbours.text_of(file) if file is not None else None
        if text is None or not declares_secret_field(text, entry[2], vocab):
            return ()  # (what the prefilter reads first: most such classes are parsed for nothing)
        node = self.exception_class(local)
        if node is None:
            return ()
        # (its bases read in its own module: AuthConfig(ProviderConfig), a model there)
        resolve = self._facts_of(file).class_resolver()
        return secret_fields(node, model, vocab, clean_fields(node, model), resolve)

    def table_text(self, local: str, key: str) -> Optional[str]:
        """The text a constant table imported by name (`from .policy import ENV_BY_KEY`)
        holds at `key`, read in the module it is imported from (constant_tables.py); None
        where it cannot be read."""
        entry = self._imports().get(local)
        file = neighbours.module_file(self.path, entry[0], entry[1]) if entry is not None else None
        text = neighbours.text_of(file) if file is not None else None
        if text is None or entry[2] not in text or key not in text:
            return None  # (no parse of a module that cannot hold it)
        tree = neighbours.tree_of(file)
        if tree is None:
            return None
        held = self._tables.get(file)
        if held is None:
            held = self._tables[file] = (changed_names(tree), plain_assignments(tree.body))
        changed, values = held
        return table_text(values.get(entry[2]), key) if entry[2] not in changed else None

    def _facts_of(self, file: str) -> "ImportedFacts":
        """The lookups of a neighbour module, as its own file's rules would make them."""
        tree = neighbours.tree_of(file)
        return ImportedFacts(file, tree, self.make_rule) if tree is not None else _NO_FACTS

    def class_resolver(self):
        """class_resolver() of the module, looking beyond it: a class it imports from a
        module beside it, with that module's own resolver."""
        return class_resolver(self.module, self._imported_class) if self.module is not None else None

    def _imported_class(self, name: str):
        node = self.exception_class(name)
        if node is None:
            return None
        entry = self._imports().get(name)
        file = neighbours.defining_file(self.path, *entry) if entry is not None else None
        return node, (self._facts_of(file).class_resolver() if file is not None else None)

    def exception_class(self, local: str):
        """The ClassDef of an imported class (an exception's, a record's), from the
        module it is imported from."""
        if local in self._classes:
            return self._classes[local]
        found = None
        entry = self._imports().get(local)
        if entry is not None:
            source, level, name = entry
            # (the module whose text defines the class: the one imported from, or the one
            # its package re-exports it from)
            file = neighbours.defining_file(self.path, source, level, name)
            if file is not None:
                tree = neighbours.tree_of(file)
                found = next((s for s in tree.body if type(s) is cst.ClassDef and s.name.value == name), None) \
                    if tree is not None else None
        self._classes[local] = found
        return found

    def returns_of(self, local: str, method: Optional[str] = None) -> frozenset:
        """The secrets the result of a call of an imported function (`local(...)`) or of
        a method of an imported class called on the class (`local.method(...)`: a class
        or static method) holds, from the summary the rules make in its module (not the
        parameters' own: those are the caller's); nothing where it cannot be read."""
        key = (local, method)
        held = self._returned.get(key)
        if held is None:
            held = self._returned[key] = self._returns_of(local, method)
        return held

    def _returns_of(self, local: str, method: Optional[str]) -> frozenset:
        entry = self._imports().get(local)
        if entry is None:
            return frozenset()
        source, level, name = entry
        file = neighbours.defining_file(self.path, source, level, name) if method else \
            neighbours.module_file(self.path, source, level)
        held = neighbours.read(file) if file is not None else None
        if held is None or f"def {method or name}(" not in held[0]:
            return frozenset()
        text, digest = held

        def read() -> frozenset:
            if method is not None:
                cls = self.exception_class(local)
                node = _method_of(cls, method)
                # (the neighbour's rules set up only where there is a method to read)
                return _summarised_returns(self.make_rule(file, text), cls, node, method, by_name=False) \
                    if node is not None else frozenset()
            summary = _function_summary(self.make_rule(file, text), name)
            return _relabelled(summary.returns, f"`{name}()` of `{source or '.'}`", by_name=False) \
                if summary is not None else frozenset()

        # (not getter_returns' key: those keep secrets known by a name, these do not)
        return _kept((file, digest, name, method, "returns"), read)

    def project_classes(self) -> frozenset:
        """The capitalised names the module imports from a module of its project (by a
        relative import, or an absolute one that finds a file beside it): the classes
        an instance of which may be made here (see instance_url_errors)."""
        out = []
        for local, (source, level, _) in self._imports().items():
            if local[:1].isupper() and (level or neighbours.module_file(self.path, source, level) is not None):
                out.append(local)
        return frozenset(out)

    def instance_url_errors(self, local: str, method: str, knowledge) -> frozenset:
        """The secrets in the URLs of the requests a method of an imported class makes
        and does not catch the errors of (`translator.call(p)` of `translator =
        GeminiTranslator(key)`, `from .gemini import GeminiTranslator`, whose call()
        sends self.api_key in the query): from the summary the rules there make of it,
        with the class's attributes read by their names; told as that class's. Nothing
        where it cannot be read."""
        key = (local, method)
        held = self._url_errors.get(key)
        if held is None:
            held = self._url_errors[key] = self._instance_url_errors(local, method, knowledge)
        return held

    def _instance_url_errors(self, local: str, method: str, knowledge) -> frozenset:
        entry = self._imports().get(local)
        if entry is None:
            return frozenset()
        source, level, name = entry
        file = neighbours.defining_file(self.path, source, level, name)
        held = neighbours.read(file) if file is not None else None
        if held is None or f"def {method}(" not in held[0]:
            return frozenset()
        from modelred_lint.flow_scan import url_methods

        if method not in url_methods(file, knowledge):
            # (what the flow scan's walk of CPython's tree finds there is a superset of the
            # rules': most modules asked about have no such method, and are not parsed
            # by LibCST for nothing)
            return frozenset()
        text, digest = held

        def read() -> frozenset:
            cls = self.exception_class(local)
            node = _method_of(cls, method)
            if node is None or not node.params.params or node.params.params[0].name.value != "self":
                return frozenset()
            summary = _method_summary(self.make_rule(file, text), cls, node)
            return frozenset(replace(label, what=f"{label.what} of `{name}`", origin=None)
                             for label in summary.url_errors) if summary is not None else frozenset()

        return _kept((file, digest, name, method, "url_errors"), read)

    def getter_returns(self, name: str) -> frozenset:
        """The secrets the result of `<object>.name()` holds, where exactly one class of
        the imported modules defines a method so named (none found: nothing)."""
        held = self._getters.get(name)
        if held is None:
            held = self._getters[name] = self._getter_returns(name)
        return held

    def _getter_returns(self, name: str) -> frozenset:
        owners = []
        for file in self._module_files():
            if len(owners) > 1:
                break  # (two owners: no answer; the other modules need not be parsed)
            held = neighbours.read(file)
            if held is None or f"def {name}(" not in held[0]:
                continue
            tree = neighbours.tree_of(file)
            if tree is None:
                continue
            for statement in tree.body:
                if type(statement) is cst.ClassDef and isinstance(statement.body, cst.IndentedBlock):
                    for inner in statement.body.body:
                        if type(inner) is cst.FunctionDef and inner.name.value == name:
                            owners.append((file, held, statement, inner))
        if len(owners) != 1:
            return frozenset()
        file, (text, digest), cls, method = owners[0]
        key = (file, digest, cls.name.value, name)
        held = _returns.get(key)
        if held is None:
            held = keep(_returns, key, _summarised_returns(self.make_rule(file, text), cls, method, name), _HELD)
        return held


def _kept(key: tuple, read: Callable[[], frozenset]) -> frozenset:
    """What `read` gives, kept in the per-process table of neighbours' answers (bounded:
    the first kept goes first)."""
    if key in _returns:
        return _returns[key]
    return keep(_returns, key, read(), _HELD)


def _method_of(cls, method: str):
    """The method so named in a class's own body (a ClassDef, or None), or None."""
    if cls is None or not isinstance(cls.body, cst.IndentedBlock):
        return None
    return next((s for s in cls.body.body if type(s) is cst.FunctionDef and s.name.value == method), None)


def _output_helper(key: tuple, summarise: Callable):
    """An imported or inherited output helper's summary, made once per module's text and
    kept (bounded): MR021's messages only, reported at the call (no places there)."""
    if key not in _helpers:
        summary = summarise()
        if summary is not None:
            summary = replace(summary, messages=frozenset(m for m in summary.messages if m[1] == "MR021"),
                              message_places=None)
        keep(_helpers, key, summary, _HELD)
    return _helpers[key]


def _function_summary(rule, name: str):
    """The summary the rules set up on a neighbour make of its function `name`, or None
    (no such function, no rule, or one nested too deeply to follow: no fact)."""
    if rule is None:
        return None
    try:
        return rule.summaries.get(name)
    except RecursionError:
        return None


def _method_summary(rule, cls, method):
    """The summary the rules set up on a neighbour make of a method of its class `cls`,
    with the class's attributes as its methods leave them unread; None where there is no
    rule or the method is nested too deeply to follow."""
    from modelred_lint.dataflow.attribute_reads import ReadsOf

    if rule is None:
        return None
    rule.class_nodes.append(cls)
    rule.class_attributes.append({})
    try:
        return rule.summarise(method, method=True, attributes=ReadsOf({}))
    except RecursionError:
        return None
    finally:
        rule.class_nodes.pop()
        rule.class_attributes.pop()


def _summarised_returns(rule, cls, method, name: str, by_name: bool = True) -> frozenset:
    """The secrets (not the parameters' own) that the neighbour's method returns, told
    as coming from that call: the caller's reviewer reads `get_headers()`, not the
    neighbour's `self.api_key`. by_name: with those known only by a name there (a
    credential getter's `self.api_key`: it is named for what it builds; not a getter
    named for a secret, whose name would say the same of a parser's `main_token`)."""
    summary = _method_summary(rule, cls, method)
    if summary is None:
        return frozenset()  # (a neighbour nested too deeply to follow: no fact, not this file's error)
    return _relabelled(summary.returns, f"`{name}()` of `{cls.name.value}`", by_name)


def _relabelled(returns, via: str, by_name: bool = True) -> frozenset:
    """The secrets of a neighbour's summary that are not its parameters' own, told as
    coming through the call. One label per field, the one that says where the value came
    from (`self.api_key`) rather than the field it was stored at (`X-Hume-Api-Key`, said
    by the path)."""
    from modelred_lint.dataflow.labels import SECRETS

    chosen: dict = {}
    for label in sorted((l for l in returns if l.kind in SECRETS and l.param is None and (by_name or not l.named)),
                        key=lambda l: (l.path, l.kind.value, l.what)):
        held = chosen.get((label.path, label.kind))
        if held is None or (label.path and held.what == f"`{label.path[-1]}`"):
            chosen[(label.path, label.kind)] = label
    return frozenset(replace(label, what=f"{label.what} via {via}", named=False, origin=None)
                     for label in chosen.values())


def may_return_secret(knowledge, local: str, method: Optional[str] = None) -> bool:
    """Is a call of an imported name (`get_credentials()`, or `KeyStore.get_key()` on an
    imported class) one whose result the rules look up in its module? Where its name
    says it returns a secret (Vocabulary.may_return_secret), which is what the prefilter
    reads of the text too (flow_scan's imported_sources): looking up every imported
    helper would cost a parse of each module an import names. A method only on a class
    named as one is (a capitalised name: `KeyStore`, not a module's `keystore`)."""
    if method is not None and not local[:1].isupper():
        return False
    return knowledge.vocab.may_return_secret(local, method)


class _NoFacts:
    """What a module that cannot be read offers: nothing."""

    def class_resolver(self):
        return None


_NO_FACTS = _NoFacts()
