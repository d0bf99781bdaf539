"""MR010 unvalidated-sdk-input, MR020 secret-in-exception, MR021 secret-in-log and
MR022 sdk-error-exposed: the rules that follow values through a function."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Iterator, Optional, Sequence

from modelred_lint.dataflow import (
    CLIENT,
    EMPTY,
    MAYBE_SECRET,
    PARAM,
    SDK_ERROR,
    SECRET_PARAM,
    SECRET,
    SECRETS,
    UNTRUSTED,
    Env,
    Interpreter,
    Label,
    Summary,
    kinds,
    parameters_in,
)
from modelred_lint.dataflow.attribute_reads import ReadsOf
from modelred_lint.dataflow.expressions import reference_arguments
from modelred_lint.dataflow.flags import flag_parameters, known_flags, worth_specialising
from modelred_lint.dataflow.guards import LoopGuards
from modelred_lint.dataflow.interpreter import mutated_names, target_keys
from modelred_lint.dataflow.labels import ANY_FIELD, KEYED_CLIENTS, WHOLE, at_field, field_of
from modelred_lint.flow_model import (
    EXTRA_ENTRYPOINT_CLASSES,
    EXTRA_ENTRYPOINT_DECORATORS,
    EXTRA_SANITIZERS,
    EXTRA_SECRET_SOURCES,
    EXTRA_SINKS,
    EXTRA_UNTRUSTED_SOURCES,
    EXTRA_VALIDATED_TYPES,
    EXTRA_VALIDATORS,
    UNTRUSTED_PARAMETERS,
    matches,
    reads_key_header,
)
from modelred_lint.decorated_wrappers import wrapper_keywords
from modelred_lint.framework_scan import ModuleFacts, keyword_value, option_dest
from modelred_lint.frameworks import with_frameworks
from modelred_lint.flow_scan import flow_scopes, log_call_test, some_secret
from modelred_lint.sink_text import EXCEPTION_ENDINGS
from modelred_lint.input_flow import InputSinks, entry_env, sink_arguments
from modelred_lint.exception_classes import MessageParameters, message_parameters
from modelred_lint import neighbours
from modelred_lint.constant_tables import changed_names, plain_assignments, table_text
from modelred_lint.imported_facts import ImportedFacts, class_resolver, may_return_secret
from modelred_lint.secret_records import (
    clean_fields, field_default, field_order, formatted_fields, formatted_self_attributes, nested_record_fields, secret_fields,
    shown_record_fields, shown_secret_attributes, validated_secret_field,
)
from modelred_lint.client_headers import client_key_headers
from modelred_lint.secret_uses import (
    mapping_secret_fields,
    may_read_secret_field,
    names_a_secret,
    secret_parameters,
    secret_uses,
)
from modelred_lint.text_reads import may_declare_global, subscripted_in
from modelred_lint.message_flow import (
    MessageSinks, MessageSummary, add_structure_parameters, names_an_exception, remember_attributes,
)
from modelred_lint.knowledge import EXTRA_SECRET_NAMES
from modelred_lint.lazy import cst
from modelred_lint.names import NameTracker, dotted_name, last_name, literal_value
from modelred_lint.node_walk import child_nodes, descendants
from modelred_lint.rule import FileContext, FixSpec, Rule
from modelred_lint.triggers import Trigger, all_of, mentions

def is_verdict(node: Optional[cst.BaseExpression], validators) -> bool:
    """An expression that yields a judgement, not a value: comparisons, `not`, bool(),
    True/False, a regex match, a validator's call."""
    if node is None:
        return False
    if isinstance(node, (cst.Comparison, cst.UnaryOperation)):
        return True
    if isinstance(node, cst.BooleanOperation):
        return is_verdict(node.left, validators) and is_verdict(node.right, validators)
    if isinstance(node, cst.Name):
        return node.value in ("True", "False")
    if isinstance(node, cst.Call):
        name = last_name(node.func)
        return name in ("bool", "isinstance", "all", "any") or matches(name, validators)
    return False


def _annotated_names(param: cst.Param) -> set:
    """The classes a parameter is annotated with: `Config`, `Optional[Config]`, `Config | None`."""
    if param.annotation is None:
        return set()
    annotation = param.annotation.annotation
    return {n for n in (dotted_name(annotation), *_subscript_names(annotation)) if n}


def _sequence_elements(annotation, sequence_types: frozenset) -> set:
    """The classes a sequence annotation holds: `list[Config]`, `Sequence[Config] | None`."""
    if type(annotation) is cst.BinaryOperation:  # list[Config] | None
        return _sequence_elements(annotation.left, sequence_types) | _sequence_elements(annotation.right, sequence_types)
    if type(annotation) is cst.Subscript:
        head = last_name(annotation.value)
        if head in sequence_types:
            return {n for n in _subscript_names(annotation) if n}
        if head in ("Optional", "Union"):  # Optional[list[Config]]
            return set().union(*(_sequence_elements(e.slice.value, sequence_types)
                                 for e in annotation.slice if type(e.slice) is cst.Index))
    return set()


def _subscript_names(annotation) -> list:
    """Optional[Config], list[Config]: the names inside a subscripted annotation."""
    if type(annotation) is cst.Subscript:
        return [dotted_name(e.slice.value) for e in annotation.slice if type(e.slice) is cst.Index]
    if type(annotation) is cst.BinaryOperation:  # Config | None
        return [dotted_name(annotation.left), dotted_name(annotation.right)]
    return []


# How many callers deep callee_reads follows a chain of the module's functions.
_CALLEE_DEPTH = 16


class LazySummaries:
    """The summaries of a module's functions, each made when a call first asks for it
    (a helper defined below its caller included); a function that calls itself, or
    one being summarised, has none while its summary is made."""

    def __init__(self, summarise) -> None:
        self.functions: dict[str, cst.FunctionDef] = {}
        self._summarise = summarise
        self._done: dict[str, Optional[Summary]] = {}
        self._flags: dict[str, tuple] = {}  # name -> its flag parameters (dataflow/flags.py)
        self._flagged: dict[tuple, Optional[Summary]] = {}  # (name, what a call fixes) -> summary

    def get(self, name: str, default=None) -> Optional[Summary]:
        if name not in self.functions:
            return default
        if name not in self._done:
            self._done[name] = None  # in progress
            self._done[name] = self._summarise(self.functions[name])
        return self._done[name] if self._done[name] is not None else default

    def for_call(self, name: str, call) -> Optional[Summary]:
        """The summary of `name` for this call: made again (once per such choice) where
        the call fixes some of its flag parameters with literals and that could change it."""
        summary = self.get(name)
        if summary is None or not worth_specialising(summary):
            return summary
        node = self.functions[name]
        flags = self._flags.get(name)
        if flags is None:
            flags = self._flags[name] = flag_parameters(node)
        known = known_flags(flags, call) if flags else None
        if not known:
            return summary
        key = (name, known)
        if key not in self._flagged:
            self._flagged[key] = None  # in progress
            self._flagged[key] = self._summarise(node, known=known)
        return self._flagged[key] or summary

    def __contains__(self, name: object) -> bool:
        return name in self.functions


def _enum_values(statements) -> dict:
    """Each Enum class of these statements (a base whose last name ends in `Enum`) with
    the texts its members are bound to."""
    out = {}
    for statement in statements:
        if type(statement) is cst.ClassDef and any(
                (last_name(b.value) or "").endswith("Enum") for b in statement.bases if b.keyword is None):
            texts = tuple(literal_value(v) for v in plain_assignments(statement.body.body).values())
            out[statement.name.value] = tuple(t for t in texts if isinstance(t, str))
    return out


# The values of a module's assignments read by module_structures: structures and texts
# made of parts (not literals, names or other calls, which the rules read by name and
# binding; a call that makes a client whose errors hold its key is read too).
# (By the node classes' names: this module is imported before LibCST is, see lazy.py.)
_STRUCTURES = frozenset({"Dict", "List", "Tuple", "Set", "FormattedString", "BinaryOperation", "ConcatenatedString",
                         "DictComp", "ListComp"})


# Where a summary keeps `**kwargs` of a function that takes `*args` as well: past any
# positional argument a call could give.
_PAST_STARRED = 1_000_000
_UNMADE = object()  # (a method summary not made yet)


def _returned_labels(returned, params, kwarg, starred=None) -> frozenset:
    """What a summary says its returns hold, from the labels of each: a parameter's
    marker as that parameter flowing out; a secret by its source, a client. (Not
    `**kwargs`' or `*args`': only the messages they reach are followed.)"""
    out = set()
    for labels in returned:
        for label in labels:
            if label.param is not None and label.param in (kwarg, starred):
                continue
            if label.param is not None:
                kind = PARAM if label.kind is UNTRUSTED else SECRET_PARAM
                path = ()
                if kind is SECRET_PARAM and label.path:
                    if WHOLE in label.path[1:]:
                        continue  # (a field read of it, stored in a structure: not followed)
                    # (a parameter's secret returned at a field, {"environment": f"KEY={key}"},
                    # stays at that field for the caller; a field read of it, return cfg["llm"],
                    # is that field of the caller's argument: see Interpreter.called)
                    path = label.path if label.path != (WHOLE,) else ()
                out.add(Label(kind, params[label.param], param=label.param, path=path))
            elif label.kind is CLIENT or (label.kind is SECRET) or (label.kind is MAYBE_SECRET and not label.named):
                # (a strict secret read by its name, cfg.provider.api_key, is handed on:
                # the caller's `key = provider_key()` does not say it)
                out.add(label)
    return frozenset(out)


# Method names many objects of other libraries have (files, sockets, clients, responses,
# threads): a call of one on an untyped receiver is no method of the module's class.
_COMMON_METHODS = frozenset({"get", "set", "read", "write", "close", "open", "send", "recv", "run", "start", "stop",
                             "call", "post", "put", "patch", "delete", "head", "request", "json", "text", "fetch",
                             "execute", "connect", "load", "save", "dump", "dumps", "loads", "info", "debug",
                             "warning", "error", "exception", "critical", "log", "print", "flush", "reset", "clear",
                             "add", "remove", "discard", "append", "extend", "insert", "sort", "count", "index",
                             "submit", "result", "wait", "join", "acquire", "release", "invoke", "ainvoke", "stream",
                             "create", "list", "retrieve", "cancel", "refresh", "login", "logout", "token"})


def _declared_return(function: cst.FunctionDef) -> Optional[str]:
    """The class a function says it returns by name (`-> RagSettings`, `-> "EHRClient"`)."""
    returns = function.returns.annotation if function.returns is not None else None
    if type(returns) is cst.Name:
        return returns.value
    return literal_value(returns) if type(returns) is cst.SimpleString else None


def _makes_own_class(method: cst.FunctionDef, cls: str) -> bool:
    """A classmethod declared to return its class (`-> "EHRClient"`) or returning `cls(...)`."""
    if _declared_return(method) == cls:
        return True
    return any(type(n) is cst.Return and type(n.value) is cst.Call and type(n.value.func) is cst.Name
               and n.value.func.value == "cls" for n in descendants(method.body))


class _Receivers(dict):
    """A function's names standing for an instance of a finished class of the module
    (name -> class), with those standing for one of a class imported from a module of
    the project, apart (`imported`: name -> the class's local name)."""

    __slots__ = ("imported",)

    def __init__(self, own: dict, imported: dict) -> None:
        super().__init__(own)
        self.imported = imported


def _one_class_each(pairs) -> dict[str, str]:
    """name -> class of (name, class) pairs, but a name bound to instances of two."""
    out: dict[str, Optional[str]] = {}
    for name, cls in pairs:
        out[name] = cls if out.get(name, cls) == cls else None
    return {name: cls for name, cls in out.items() if cls is not None}


def _constructed(block, classes) -> list[tuple[str, str]]:
    """(name, class) of `name = Class(...)` and `with Class(...) as name` in a block's
    statements, at any depth of its blocks (not inside nested functions or classes); and
    of `self.name = Class(...)` (as `self.name`: an instance an object keeps).
    `classes`: what a call by each name makes (a class, or a factory's declared class)."""
    out = []
    for statement in getattr(block, "body", ()):
        kind = type(statement)
        if kind is cst.SimpleStatementLine:
            for small in statement.body:
                target = small.targets[0].target if type(small) is cst.Assign and len(small.targets) == 1 else None
                if type(target) is cst.Attribute and type(target.value) is cst.Name and target.value.value == "self":
                    name = f"self.{target.attr.value}"
                else:
                    name = target.value if type(target) is cst.Name else None
                if name is not None:
                    value = small.value.expression if type(small.value) is cst.Await else small.value
                    if type(value) is cst.Call and type(value.func) is cst.Name and value.func.value in classes:
                        out.append((name, classes[value.func.value]))
                    elif type(value) is cst.Call and type(value.func) is cst.Attribute \
                            and dotted_name(value.func) in classes:  # EHRClient.from_env(): a classmethod's
                        out.append((name, classes[dotted_name(value.func)]))
        elif kind is cst.FunctionDef or kind is cst.ClassDef:
            continue
        else:
            if kind is cst.With:
                for item in statement.items:
                    value = item.item
                    if type(value) is cst.Call and type(value.func) is cst.Name and value.func.value in classes \
                            and item.asname is not None and type(item.asname.name) is cst.Name:
                        out.append((item.asname.name.value, classes[value.func.value]))
            for part in (getattr(statement, "body", None), getattr(statement, "orelse", None),
                         getattr(statement, "finalbody", None), *getattr(statement, "handlers", ())):
                if part is not None:
                    out += _constructed(part.body if not isinstance(part, cst.BaseSuite) else part, classes)
    return out


def _imports_ahead(block):
    """The import statements of the module (or of a block), at any depth of its compound
    statements, functions and classes: a statement walk, no expression entered. (A
    nested function's own `import httpx` says what its client is, and the rules read a
    function when the walk enters it, before the walk reaches that import; and those of
    a `try:`, `try: from scrapfly import ScrapflyClient`, an optional dependency's.)"""
    for statement in getattr(block, "body", ()):
        kind = type(statement)
        if kind is cst.Import or kind is cst.ImportFrom:
            yield statement
        elif kind is cst.SimpleStatementLine:
            yield from _imports_ahead(statement)
        elif isinstance(statement, cst.BaseCompoundStatement):
            for part in (getattr(statement, "body", None), getattr(statement, "orelse", None),
                         getattr(statement, "finalbody", None), *getattr(statement, "handlers", ()),
                         *getattr(statement, "cases", ())):
                if type(part) is cst.If:  # (elif)
                    yield from _imports_ahead(cst.IndentedBlock(body=[part]))
                elif isinstance(part, cst.BaseSuite):
                    yield from _imports_ahead(part)
                elif part is not None:
                    yield from _imports_ahead(part.body)


def _module_classes(module) -> list:
    """The module's classes and those defined in their bodies (Open WebUI's
    `class Tools: class Valves(BaseModel)`), by name: a nested class is made as
    `self.Valves()` (see Expressions.record_name)."""
    out = []
    for statement in module.body:
        if type(statement) is cst.ClassDef:
            out.append(statement)
            out.extend(s for s in statement.body.body if type(s) is cst.ClassDef)
    return out


def _local_names(node: cst.FunctionDef) -> set:
    """A function's parameters and the names its body binds (not those it declares
    `global`: `global cfg; cfg = {...}` binds the module's cfg)."""
    params = node.params
    declared: set[str] = set()
    bound = _assigned_names(node.body, declared)  # (one walk for both)
    return {p.name.value for p in (*params.posonly_params, *params.params, *params.kwonly_params)} \
        | {p.name.value for p in (params.star_arg, params.star_kwarg) if isinstance(p, cst.Param)} \
        | (bound - declared)


def _global_structure_fills(module) -> list:
    """The module's functions that bind a name they declare `global` to a structure or a
    made text (`global cfg` ... `cfg = {"api_key": ...}`): the module's cfg then holds
    what they put in it, for every function that reads it. Per function: the function,
    the global names so bound, and the statement lines that bind them (a one-line body's
    statements come as a line of their own)."""
    out = []
    scopes = (cst.FunctionDef, cst.ClassDef, cst.Lambda)
    for function in module.body:
        if type(function) is not cst.FunctionDef:
            continue
        declared: set[str] = set()
        lines = []  # (one walk: the declarations and the candidate lines, filtered after)
        for node in descendants(function.body, enter=lambda n: type(n) not in scopes):
            if type(node) is cst.Global:
                declared.update(n.name.value for n in node.names)
            elif type(node) is cst.SimpleStatementLine:
                lines.append(node)
            elif type(node) is cst.SimpleStatementSuite:
                # (a one-line body, `if CFG is None: CFG = {...}` or `def load(): global
                # CFG; CFG = {...}`: its statements, read as a line of their own)
                lines.append(cst.SimpleStatementLine(body=node.body))
        filling, filled = [], set()
        for line in lines if declared else ():
            names = {name for small in line.body if (name := _filled_global(small, declared))}
            if names:
                filling.append(line)
                filled |= names
        if filling:
            out.append((function, frozenset(filled), filling))
    return out


def _filled_global(small, declared: set) -> Optional[str]:
    """The declared global a small statement binds to a structure or a made text, or None."""
    if type(small) is cst.Assign and len(small.targets) == 1 and type(small.targets[0].target) is cst.Name \
            and small.targets[0].target.value in declared and type(small.value).__name__ in _STRUCTURES:
        return small.targets[0].target.value
    return None


def _module_cache_stores(module, text: Optional[str], local_names=None) -> list:
    """The module's functions that store into a structure the module binds at its top
    (`_KEYS = {}`, `_cache: dict = {}`) by a subscript (`_KEYS[name] = value`), with the
    names so stored into; not where the function binds the name itself (a parameter,
    an assignment). Only structures the text subscripts somewhere are looked for (most
    module dicts are constants read whole): no walk of the functions without one."""
    structures = set()
    for statement in module.body:
        for small in statement.body if type(statement) is cst.SimpleStatementLine else ():
            if type(small) is cst.Assign and len(small.targets) == 1 and type(small.targets[0].target) is cst.Name \
                    and type(small.value) is cst.Dict:
                structures.add(small.targets[0].target.value)
            elif type(small) is cst.AnnAssign and type(small.target) is cst.Name and type(small.value) is cst.Dict:
                structures.add(small.target.value)
    if text is not None:
        structures = {name for name in structures if subscripted_in(text, name)}
    if not structures:
        return []
    local_names = local_names or _local_names
    scopes = (cst.FunctionDef, cst.ClassDef, cst.Lambda)
    out = []
    for function in module.body:
        if type(function) is not cst.FunctionDef:
            continue
        stored = set()
        for node in descendants(function.body, enter=lambda n: type(n) not in scopes):
            if type(node) is cst.Assign:
                targets = [t.target for t in node.targets]
                while targets:  # (and inside a tuple: _TOKENS[name], _EXPIRES[name] = fetch())
                    target = targets.pop()
                    if type(target) is cst.Subscript and type(target.value) is cst.Name:
                        stored.add(target.value.value)
                    elif type(target) in (cst.Tuple, cst.List):
                        targets += [e.value for e in target.elements]
                    elif type(target) is cst.StarredElement:
                        targets.append(target.value)
        stored &= structures
        if stored:
            stored -= local_names(function)  # (not its own dict of that name, a loop's `entry`)
        if stored:
            out.append((function, frozenset(stored)))
    return out


def _context_object_stores(module, model, text: Optional[str]) -> list:
    """The module's top-level functions that make a command-line app's context object
    (context-object-modules: click's and typer's `ctx.obj = {...}`, ctx a parameter of the
    function), with the names so bound (`ctx.obj`). None in a text that names no such
    module or no `.obj`. (Not the fields stored one by one into `ctx.ensure_object(dict)`:
    on the holdout the one module that did so handed ctx.obj whole to a helper that
    formats a URL's template with it, `{**ctx.obj, **kwargs}`, and the token, which
    went to a header, was taken for part of the URL.)"""
    if text is not None and (".obj" not in text or not any(m in text for m in model.context_object_modules)):
        return []
    out = []
    for function in module.body:
        if type(function) is not cst.FunctionDef:
            continue
        params = {p.name.value for p in (*function.params.posonly_params, *function.params.params)}
        stored = set()
        for node in descendants(function.body):
            if type(node) is cst.AssignTarget:
                target = node.target
                if type(target) is cst.Attribute and target.attr.value == "obj" and type(target.value) is cst.Name \
                        and target.value.value in params:
                    stored.add(f"{target.value.value}.obj")
        if stored:
            out.append((function, frozenset(stored)))
    return out


def _decorator_names(function: cst.FunctionDef) -> set:
    """The last names of a function's decorators, called or not (`fixture` of
    `@pytest.fixture(scope="module")`, `pass_obj` of `@click.pass_obj`)."""
    return {last_name(d.decorator.func if type(d.decorator) is cst.Call else d.decorator) for d in function.decorators}


def _is_literal(node) -> bool:
    """A text, a number, None, True or False, as written."""
    kind = type(node)
    return kind in (cst.SimpleString, cst.ConcatenatedString, cst.Integer, cst.Float) or (
        kind is cst.Name and node.value in ("None", "True", "False"))


def _shown_places(ctx, codes) -> Optional[frozenset]:
    """The union of the message rules' foci where they alone of the flow rules run on
    the file and each has one; None otherwise (every function is analysed)."""
    running = ctx.codes.intersection(codes)
    if not running or not running <= {"MR020", "MR021"}:
        return None
    places = [ctx.focus.get(code) for code in running]
    if any(p is None for p in places):
        return None
    return frozenset().union(*places)


def _shown_functions(scan) -> Optional[frozenset]:
    """The message rules' focus (Trigger.focus): the functions that hold a sink of their
    own, as the flow scan found them (FlowScopes.functions)."""
    return scan.get(flow_scopes).functions


def _nested_functions(suite) -> list:
    """The functions defined in a suite's statements, at any depth of its blocks (an
    elif's, an else's, a handler's, a match case's; not inside nested functions or
    classes)."""
    out = []
    stack = list(_statements_of(suite))
    while stack:
        statement = stack.pop()
        kind = type(statement)
        if kind is cst.FunctionDef:
            out.append(statement)
            continue
        if kind is cst.ClassDef or kind is cst.SimpleStatementLine:
            continue
        stack.extend(_statements_of(getattr(statement, "body", None)))
        orelse = getattr(statement, "orelse", None)
        if type(orelse) is cst.If:  # (elif)
            stack.append(orelse)
        elif orelse is not None:
            stack.extend(_statements_of(orelse.body))
        for part in (*getattr(statement, "handlers", ()), *getattr(statement, "cases", ())):
            stack.extend(_statements_of(part.body))
        final = getattr(statement, "finalbody", None)
        if final is not None:
            stack.extend(_statements_of(final.body))
    return out


def _statements_of(suite) -> Sequence:
    # (a one-line suite, `def f(): return x`, holds small statements only)
    return suite.body if type(suite) is cst.IndentedBlock else ()


def _assigned_names(body, declared: Optional[set] = None) -> set[str]:
    """The names a function's body binds by assignment, loop, `with ... as` or `:=`
    (not inside nested functions, classes or lambdas); `declared` takes those it
    declares `global`, where given."""
    out: set[str] = set()
    scopes = (cst.FunctionDef, cst.ClassDef, cst.Lambda)
    for node in descendants(body, enter=lambda n: type(n) not in scopes):
        kind = type(node)
        if kind is cst.AssignTarget or kind is cst.AnnAssign or kind is cst.AugAssign or kind is cst.For \
                or kind is cst.NamedExpr:
            out.update(target_keys(node.target))
        elif kind is cst.AsName:
            out.update(target_keys(node.name))
        elif kind is cst.Global and declared is not None:
            declared.update(n.name.value for n in node.names)
    return out


def _only_self(method: cst.FunctionDef) -> bool:
    params = method.params
    return not params.posonly_params and not params.kwonly_params and not isinstance(params.star_arg, cst.Param) \
        and params.star_kwarg is None and [p.name.value for p in params.params] == ["self"]


def _self_assignments(method: cst.FunctionDef):
    """The `self.x` targets of a method's own assignments (statement level, any depth)."""
    stack = [method.body]
    while stack:
        node = stack.pop()
        if isinstance(node, (cst.FunctionDef, cst.ClassDef)) and node is not method:
            continue
        if isinstance(node, (cst.Assign, cst.AnnAssign, cst.AugAssign)):
            targets = [t.target for t in node.targets] if isinstance(node, cst.Assign) else [node.target]
            for target in targets:
                if isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) and target.value.value == "self":
                    yield target
            continue
        if isinstance(node, (cst.BaseSuite, cst.BaseCompoundStatement, cst.SimpleStatementLine, cst.If, cst.Else,
                             cst.ExceptHandler, cst.Finally)):
            # (in field order: the same order as LibCST's `children` for every statement
            # these hold, without rebuilding the node)
            stack.extend(child_nodes(node))


# Methods read as attributes (self.auth_header).
_PROPERTY_DECORATORS = frozenset({"property", "cached_property"})
# Methods whose first parameter is not the instance, or that are not called.
_NOT_PLAIN_METHODS = _PROPERTY_DECORATORS | {"staticmethod", "classmethod"}


class FlowRules(Rule):
    codes = ("MR010", "MR020", "MR021", "MR022")
    options = (
        UNTRUSTED_PARAMETERS,
        EXTRA_SINKS,
        EXTRA_VALIDATORS,
        EXTRA_SANITIZERS,
        EXTRA_SECRET_SOURCES,
        EXTRA_SECRET_NAMES,
        EXTRA_ENTRYPOINT_DECORATORS,
        EXTRA_ENTRYPOINT_CLASSES,
        EXTRA_UNTRUSTED_SOURCES,
        EXTRA_VALIDATED_TYPES,
    )
    READS_EXPRESSIONS = False  # it interprets each function's statements itself

    @classmethod
    def triggers(cls, knowledge):
        """MR010 needs an SDK call by name, MR022 an except clause in a file that names
        the SDK; MR020/MR021 a secret source and a raise (a log call) in one function,
        checked first on the words of the text, then on CPython's tree."""
        # The secret test first: it is shared by MR020 and MR021 (made once per file) and
        # fails on most files, which then need no search for log calls.
        sdk, flow = knowledge.sdk, knowledge.dataflow
        mentions_sdk = mentions(m.split(".")[0] for m in sdk.modules)
        log_call = log_call_test(flow)
        return {
            "MR010": Trigger(all_of(mentions_sdk, mentions([*sdk.sinks, *flow.extra_sinks]))),
            # (a raising call by its last name alone: `pytest.fail (msg)` is one too)
            # (and an exception class by its name's end: an error made outside a raise)
            "MR020": Trigger(all_of(mentions(["raise", "assert", "__init__", *flow.raising_tails,
                                              *EXCEPTION_ENDINGS, *flow.assertion_messages]),
                                    some_secret), exact=lambda scan: scan.get(flow_scopes).raises,
                             focus=_shown_functions),
            "MR021": Trigger(all_of(some_secret, log_call), exact=lambda scan: scan.get(flow_scopes).logs,
                             focus=_shown_functions),
            # (an SDK error's class names a handler's parameter: `exc: ModelRedError`)
            "MR022": Trigger(all_of(mentions(["except", *flow.error_handler_decorators,
                                              *flow.error_handler_registrations,
                                              *(e.rsplit(".", 1)[-1] for e in sdk.errors)]), mentions_sdk)),
        }

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.model = with_frameworks(ctx.knowledge.dataflow, ctx.catalogue, ctx.options)
        self.facts: Optional[ModuleFacts] = None  # what the module says of its frameworks (visit_Module)
        # The modules beside this one that it imports from (imported_facts.py); not for
        # the rules set up on such a module (one level).
        self.looks_beyond = True
        self.imported: Optional[ImportedFacts] = None
        self._written: dict[tuple, bool] = {}  # spellings -> does the module's text write one (text_writes_any)
        self._namer = Interpreter(self.names, self.vocab, self.sdk, self.model, {})
        self.summaries = LazySummaries(self.summarise)
        self.reported: set[tuple[str, int]] = set()
        # The functions left unanalysed (see _unshown): the places of those that may show
        # a secret, or None; and the place of the next function the walk meets.
        self._shown = _shown_places(ctx, self.codes)
        self._function_place = 0
        # Per enclosing class: the secrets its methods analysed so far stored in `self.x`
        # (a headers dict built in __init__, logged in another method).
        self.class_attributes: list[dict] = []
        self.class_nodes: list[cst.ClassDef] = []  # the enclosing classes, innermost last
        # Per enclosing class: its functions analysed so far, each with the attributes
        # it was analysed with (see leave_ClassDef).
        self.class_functions: list[list[tuple[cst.FunctionDef, dict]]] = []
        # Summaries of the methods called on `self` (by node; None while one is made),
        # each with what it read of the class's attributes: kept while those reads hold.
        # (by the method and the flag parameters a call fixes: see method_summary)
        self._method_summaries: dict[tuple, Optional[tuple[Optional[Summary], ReadsOf]]] = {}
        self._method_flags: dict[int, tuple] = {}  # id(method) -> its flag parameters
        self._reading: list[ReadsOf] = []  # the reads of the method summaries being made
        self._property_summaries: dict[int, Optional[Summary]] = {}  # (made once)
        self._methods: dict[int, dict] = {}  # class node id -> its plain methods by name
        # The module's top-level classes analysed to their end, with what their methods
        # left in `self.x`; and, per function being analysed or summarised (innermost
        # last), its names that stand for an instance of one of them (receiver_summary).
        self._finished_classes: dict[str, tuple[cst.ClassDef, dict]] = {}
        self._module_structures: Optional[dict] = None  # see module_structures
        self._context_object: frozenset = frozenset()  # what a group puts in ctx.obj (module_structures)
        self._context_names: set[str] = set()  # the context parameters' names it is put there by
        self._positional_secrets: Optional[dict] = None  # see secret_uses.secret_parameters
        self._secret_options: Optional[frozenset] = None  # see secret_options
        self._receivers: list[dict[str, str]] = []
        self._closure_envs: dict = {}  # id(nested function) -> its enclosing function's env at its ends
        self._makers_held: Optional[tuple] = None  # see _makers
        self._global_uses: Optional[frozenset] = None  # see global_uses
        self._top_uses: Optional[frozenset] = None  # see _top_level_uses
        self._self_uses: dict[int, frozenset] = {}  # id(class node) -> see _class_self_uses
        self._module_receivers_held: Optional[tuple] = None
        self._imported_classes: Optional[dict] = None  # see _project_classes
        self._kept_held: dict[int, tuple] = {}  # id(class node) -> see _kept_instances
        self._module: Optional[cst.Module] = None
        self._mutated_names: Optional[frozenset] = None  # see module_mutations
        self._wrapper_keywords: Optional[dict] = None  # see decorated_wrappers.py
        self._hidden_callbacks: Optional[frozenset] = None  # see _hidden_callbacks
        self._mapping_fields: Optional[dict] = None
        self._client_headers: Optional[frozenset] = None  # see client_key_headers
        self._mapping_gates: dict[str, bool] = {}  # per mapping's name: may_read_secret_field
        self._module_values: Optional[dict] = None
        self._enum_values: Optional[dict] = None  # see enum_values
        self._class_chains: dict[str, tuple] = {}  # see class_chain
        self._references: dict[int, tuple] = {}  # id(body) -> (body, its names): see references
        self._declared_globals: Optional[frozenset] = None
        self._rebound_globals: Optional[frozenset] = None
        self._locals: dict[int, set] = {}  # id(function node) -> _local_names (read once per module)
        self._secret_attributes: dict[int, tuple] = {}  # class node id -> secret-named self.x
        self._shown_attributes: dict[int, tuple] = {}  # class node id -> those its __repr__ shows
        self._formatted_attributes: dict[int, tuple] = {}  # ... whatever their names
        self._wrapper_uses: dict[int, frozenset] = {}  # id(function node) -> its secret_uses
        self._callee_depth = 0  # (callee_reads: how deep in a chain of callers it is)
        self._file_readers: dict[tuple, bool] = {}  # (function, parameter) -> reads the file it names
        self._key_reads: dict[int, dict] = {}  # id(function node) -> its secret key reads
        self._section_reads: Optional[dict] = None  # see section_reads
        self._self_reads: dict[int, set] = {}  # id(function node) -> the self.x it reads
        self._classes: dict = {}
        self._message_parameters: dict = {}
        self._records: dict = {}
        self._mapping_records: dict = {}  # record class -> its own secret fields (not a nested record's)
        self.record_orders: dict = {}  # record class -> its fields in order
        self.clean_fields: dict = {}  # class -> fields that hold no secret
        self.record_plain_fields: dict = {}  # see visit_Module
        self.settings_records: dict = {}  # class -> secret fields it reads from the environment
        self.env_default_records: dict = {}  # class -> secret fields whose default reads it

    # -- where the analysis runs ------------------------------------------------------------
    def visit_Module(self, node: cst.Module) -> None:
        # Summaries first, so that a handler above its helper still uses it. Imports
        # are read ahead for the same reason (the walk reads them again), those at the
        # top of a function's body too: a function is analysed when the walk enters it,
        # before the walk reaches its own `from modelred import ModelRedError`.
        for small in _imports_ahead(node):
            if isinstance(small, cst.Import):
                self.names.visit_Import(small)
            else:
                self.names.visit_ImportFrom(small)
        self._module, self._mapping_fields, self._module_values, self._class_chains = node, None, None, {}
        self._enum_values = None
        self._changed_names = None
        self._mutated_names = None  # see module_mutations
        self._tables: dict = {}  # (name, key) -> table_text's answer
        self._references = {}
        self.imported = ImportedFacts(self.ctx.path, node, self._neighbour_rule) \
            if self.looks_beyond and (self.enabled("MR020") or self.enabled("MR021")) else None
        self._mapping_gates = {}
        self._declared_globals = None
        self._rebound_globals = None
        self._locals = {}
        self._global_uses = None
        self._section_reads = None
        self._top_uses = None
        self._module_receivers_held = None
        self._imported_classes = None
        self._kept_held = {}
        self._wrapper_keywords = None
        self._hidden_callbacks = None
        self.summaries.functions = {s.name.value: s for s in node.body if isinstance(s, cst.FunctionDef)}
        self._classes = {s.name.value: s for s in node.body if isinstance(s, cst.ClassDef)}
        self._finished_classes = {}
        self._module_structures = None
        self._context_object = frozenset()
        self._context_names = set()
        self._positional_secrets = None
        self._secret_options = None
        self._handlers = self._registered_handlers(node) if self.enabled("MR022") else frozenset()
        self._records = {}
        self._mapping_records = {}
        self.clean_fields = {}
        self.record_plain_fields = {}  # records with no secret-named field: the fields they show
        self.settings_records = {}  # records that read their secret fields from the environment
        self.env_default_records = {}
        if self.enabled("MR020") or self.enabled("MR021"):
            # (a class whose base is a record of the module, or of one beside it, is one)
            resolve = self.imported.class_resolver() if self.imported is not None else class_resolver(node)
            for statement in _module_classes(node):
                if isinstance(statement, cst.ClassDef):
                    clean = clean_fields(statement, self.model)  # require_api_key: bool, a SecretStr
                    if clean:
                        self.clean_fields[statement.name.value] = clean
                    fields = secret_fields(statement, self.model, self.vocab, clean, resolve)
                    if fields:  # (what a mapping parsed into it holds: its own fields, not a nested record's)
                        self._mapping_records[statement.name.value] = fields
                    order = field_order(statement) if fields else ()
                    if not fields:  # a class whose own __repr__ shows what it was made with
                        fields, order = formatted_fields(statement, self.vocab)
                    if not fields:
                        # a record with no field named like a secret: one made with a
                        # secret at any field still shows it (LegacyAccount(token=...))
                        plain = shown_record_fields(statement, self.model, clean, resolve)
                        if plain:
                            self.record_plain_fields[statement.name.value] = plain
                            self.record_orders[statement.name.value] = field_order(statement)
                    if fields:
                        self._records[statement.name.value] = fields
                        self.record_orders[statement.name.value] = order
                        if any(last_name(base.value) in self.model.settings_bases for base in statement.bases) \
                                or statement.name.value in self.model.filled_records:
                            self.settings_records[statement.name.value] = fields
                        # (a field whose default reads the environment: api_key: str =
                        # field(default_factory=lambda: os.environ.get("OPENAI_API_KEY", "")))
                        defaulted = tuple(f for f in fields if any(
                            self._namer.env_variable(n) is not None for n in _subtree(field_default(statement, f))))
                        if defaulted:
                            self.env_default_records[statement.name.value] = defaulted
            # Records that hold such a record at a field (providers: list[ProviderEntry]),
            # and so on outwards (a few rounds: records nest shallowly).
            for _ in range(3) if self._records else ():
                grown = False
                for statement in _module_classes(node):
                    if isinstance(statement, cst.ClassDef):
                        name = statement.name.value
                        held = self._records.get(name, ())
                        nested = [f for f in nested_record_fields(statement, self.model, self._records, resolve)
                                  if f not in held]
                        if nested:
                            self._records[name] = (*held, *nested)
                            self.record_orders.setdefault(name, field_order(statement))
                            grown = True
                if not grown:
                    break
        if self.enabled("MR010"):
            self.facts = ModuleFacts(self.model.frameworks, self.names, node, self)

    def leave_Module(self, node: cst.Module) -> None:
        body = cst.IndentedBlock(body=[s for s in node.body if not isinstance(s, (cst.FunctionDef, cst.ClassDef))])
        self._receivers.append(self._receivers_in((), body))  # (t = Translator(): t.key at top level)
        messages = self.enabled("MR020") or self.enabled("MR021")
        # (the top level's own uses too, of names it binds in a block: `with open(p) as
        # fh: key = fh.read()`, then {"Api-Key": key})
        uses = self.global_uses() | self._top_level_uses() if messages else frozenset()
        try:
            self.analyse(body, Env(), uses=uses)
        finally:
            self._receivers.pop()

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        place = self._function_place
        self._function_place += 1
        if self.class_functions:
            self.class_functions[-1].append((node, dict(self.class_attributes[-1])))
        elif self._unshown(place, node):
            return
        self._analyse_function(node)

    def _unshown(self, place: int, node: cst.FunctionDef) -> bool:
        """Can the function be left unanalysed? Where the message rules alone of the flow
        rules run on the file, the prefilter's flow scan found in it no raise and no log
        or output call, nor a call of a helper that logs or raises what it is handed,
        that could show a secret (FlowScopes.functions: by the function's place among
        the module's definitions, counted here in the same order; where the module keeps
        a secret in an object's attribute or a record's field, any such call: the scan
        does not follow an object to the message that shows it whole), so no finding of
        theirs can be made while it is analysed. Only a function outside any class, with
        no function inside: what its analysis leaves for others (a method's attributes
        for the class's other methods, an enclosing function's names for a closure) is
        then nothing."""
        shown = self._shown
        if shown is None:
            return False
        return place not in shown and not _nested_functions(node.body)

    def _analyse_function(self, node: cst.FunctionDef) -> None:
        env = entry_env(self, node)
        self._given_parameters(node, env)
        structures = self.module_structures()
        if structures:
            params = {p.name.value for p in (*node.params.posonly_params, *node.params.params, *node.params.kwonly_params)}
            # (into the fresh environment at once: Env.set's clearing of `name.` paths, per
            # name, made this quadratic in the module's structures)
            env.update((name, labels) for name, labels in structures.items() if name not in params)
        if self._context_object:
            self._context_parameters(node, env)
        add_structure_parameters(self.model, node, env, self.names)
        sequences = self._secret_parameters(node, env)
        # Names the function itself uses as a secret (api_key=key, f"Bearer {key}")
        uses = self._secret_uses(node) if self.enabled("MR020") or self.enabled("MR021") else frozenset()
        if uses is not None and (self.enabled("MR020") or self.enabled("MR021")) and (
                matches(node.name.value, self.model.secret_calls) or matches(node.name.value, self.model.token_providers)) \
                and not (self.class_nodes and matches(self.class_nodes[-1].name.value, self.model.text_token_functions)):
            # def read_secret(name): ... return value: what a secrets reader returns is the
            # secret its callers get (secret-calls), in the reader too (not a lexer's
            # get_token: shlex's tokens are words of a command line)
            uses = uses | _returned_names(node)
        if uses is not None and (self.enabled("MR020") or self.enabled("MR021")):
            # (and the module's names that the module uses as a secret elsewhere: a global
            # comfy_key put in an x-api-key header by another function)
            # (the function's own names read only where the module has such names: most
            # have none, and the read is a walk of the whole body)
            global_uses = self.global_uses()
            if global_uses:
                uses = uses | (global_uses - self.local_names(node))
            if self.class_nodes:
                # (and the instance's attributes another method uses as a key: self.key sent
                # in an X-BAPI-API-KEY header by _headers(), raised by get())
                uses = uses | self._class_self_uses(self.class_nodes[-1])
        for name in uses:
            labels = env.get(name)
            if labels is not None and not any(l.kind is SECRET for l in labels):
                env.set(name, labels | {Label(SECRET, f"`{name}`", named=True)})  # a parameter
        # A decorator's wrapper: its **kwargs holds what the decorated functions are given.
        if self._wrapper_keywords is None:
            self._wrapper_keywords = wrapper_keywords(self._module, self.vocab) if self._module is not None else {}
        handed = self._wrapper_keywords.get(id(node))
        if handed is not None:
            name, fields = handed
            env.set(name, (env.get(name) or EMPTY) | {Label(SECRET, f"`{name}`", path=(f,)) for f in fields})
        # A parameter whose secret-named field the function reads anywhere holds it from
        # the start (`creds["api_key"]` read in one branch, `creds` logged in another), as
        # a name bound to an opaque value does (see Interpreter.bind).
        reads = self._key_reads.get(id(node), {})
        if reads:
            star = node.params.star_kwarg
            for param in (*node.params.posonly_params, *node.params.params, *node.params.kwonly_params,
                          *((star,) if isinstance(star, cst.Param) else ())):
                name = param.name.value
                fields = reads.get(name)
                if fields:
                    env.set(name, (env.get(name) or EMPTY) | {Label(SECRET, f"`{name}`", path=f if isinstance(f, tuple) else (f,))
                                                               for f in fields})
        handled = self._handled_error(node)
        if handled is not None:
            env.set(handled, frozenset({Label(SDK_ERROR, handled)}))
        for name in self._sdk_error_parameters(node):
            env.set(name, frozenset({Label(SDK_ERROR, name)}))  # (request, exc: ModelRedError)
        # (`__str__` of an exception class returns the message every raise of it shows)
        message_return = node.name.value == "__str__" and bool(self.class_nodes) \
            and any(names_an_exception(base.value) for base in self.class_nodes[-1].bases)
        enclosing = self._closure_envs.pop(id(node), None)
        if enclosing is not None:
            # a closure reads its enclosing function's names (headers = build_headers(), then
            # `async def one(u): ... classify(session, headers, html)`): what they held there
            own = self.local_names(node)
            for name, labels in enclosing.vars.items():
                if "." not in name and name not in own and env.get(name) is None \
                        and any(l.kind in (SECRET, MAYBE_SECRET) for l in labels):
                    env.set(name, labels)
        self._receivers.append(self._receiver_classes(node))
        try:
            # (a parser's or a lexer's method: a bare `token` it binds is a word of its text)
            text_tokens = matches(node.name.value, self.model.text_token_functions) or bool(
                self.class_nodes and matches(self.class_nodes[-1].name.value, self.model.text_token_functions))
            after = self.analyse(node.body, env, top=self.ctx.statements[0] if self.ctx.statements else node,
                                 handler=handled is not None, uses=uses, message_return=message_return,
                                 key_reads=self._key_reads.get(id(node), {}),  # (made with `uses`; none without MR020/MR021)
                                 text_tokens=text_tokens, sequences=sequences)
        finally:
            self._receivers.pop()
        if after is not None:
            for nested in _nested_functions(node.body):
                self._closure_envs[id(nested)] = after
            if self.class_attributes and self.model.model_input_validators:
                self._fill_attributes(node, after)

    def _fill_attributes(self, node: cst.FunctionDef, after: Env) -> None:
        """A model's validator handed the field values before the instance is made
        (`values["client"] = googlemaps.Client(key)` in a `@model_validator(mode=
        "before")`): what it leaves at a field is `self.<field>` for the class's other
        methods (model-input-validators)."""
        params = [p.name.value for p in (*node.params.posonly_params, *node.params.params)]
        values = self.model.values_parameter(params, _decorator_names(node))
        labels = after.get(values) if values is not None else None
        if not labels:
            return
        fields = {l.path[0] for l in labels if l.path and l.path[0] not in (ANY_FIELD, WHOLE)}
        filled = Env({f"self.{f}": field_of(labels, f) for f in sorted(fields)})
        remember_attributes(self.class_attributes[-1], [filled], self.vocab)

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        attributes = {}
        if self.enabled("MR021") or self.enabled("MR020"):
            attributes = self._inherited_attributes(node)
            for key, labels in self._property_values(node).items():
                attributes[key] = attributes.get(key, EMPTY) | labels
        self.class_attributes.append(attributes)
        self.class_nodes.append(node)
        self.class_functions.append([])

    def _given_parameters(self, node: cst.FunctionDef, env: Env) -> None:
        """Parameters whose value the code says is a secret, whatever their names: one
        whose default asks for hidden input (typer.Option(..., hide_input=True), a
        password prompt), and a test's parameter named after a fixture of the module
        (pytest hands `live_key` what the fixture `live_key()` returns)."""
        if not (self.enabled("MR020") or self.enabled("MR021")):
            return
        if self.class_nodes and self.model.secret_key_methods:
            # authenticate(self, request, key) of a Django Ninja APIKeyHeader: the key presented
            bases = {last_name(b.value) for b in self.class_nodes[-1].bases}
            positional = (*node.params.posonly_params, *node.params.params)
            for method in self.model.secret_key_methods:
                if method["method"] == node.name.value and bases.intersection(method["bases"]) \
                        and method["position"] < len(positional):
                    name = positional[method["position"]].name.value
                    env.set(name, (env.get(name) or EMPTY) | {Label(SECRET, f"`{name}` (the key presented)")})
        # @click.option("--key", hide_input=True): the option's parameter is typed in hidden
        hidden = _hidden_options(node, self._namer)
        if self._hidden_callbacks is None:
            self._hidden_callbacks = _hidden_callbacks(self._module, self._namer) if self._module is not None else frozenset()
        positional = (*node.params.posonly_params, *node.params.params)
        if node.name.value in self._hidden_callbacks and positional:
            hidden.add(positional[-1].name.value)  # its callback's value: (ctx, param, value)
        for param in (*node.params.posonly_params, *node.params.params, *node.params.kwonly_params):
            name = param.name.value
            default = param.default
            if name in hidden:
                env.set(name, (env.get(name) or EMPTY) | {Label(SECRET, f"`{name}` (typed in hidden)")})
            if type(default) is cst.Call and self._namer.asks_hidden_input(default):
                env.set(name, (env.get(name) or EMPTY) | {Label(SECRET, f"`{name}` (typed in hidden)")})
            if default is not None and (self._namer.bound_key_literal(name, default) is not None or (
                    type(default) is cst.Name and self._namer.module_key_literal(default) is not None)):
                # def banner(k=TRIAL_KEY), def f(k="sk-..."): a literal key by default
                env.set(name, (env.get(name) or EMPTY) | {Label(SECRET, f"`{name}` (a literal key by default)")})
            if type(default) is cst.Call and last_name(default.func) in self.model.header_parameter_calls:
                alias = next((literal_value(a.value) for a in default.args
                              if a.keyword is not None and a.keyword.value == "alias"), None)
                if reads_key_header(self.vocab, name, alias if isinstance(alias, str) else None):
                    # x_partner_key: str = Header(...): the key presented in X-Partner-Key
                    env.set(name, (env.get(name) or EMPTY) | {Label(SECRET, f"`{name}` (a key's header)")})
            fixture = self.summaries.functions.get(name)
            if fixture is not None and fixture is not node and "fixture" in _decorator_names(fixture):
                summary = self.summaries.get(name)
                if summary is not None:
                    held = frozenset(l for l in Interpreter.called(summary.returns, [], 0) if l.kind in (SECRET, MAYBE_SECRET))
                    if held:
                        env.set(name, (env.get(name) or EMPTY) | held)

    def module_structures(self) -> dict:
        """What the module's own top-level assignments of a structure or a made text
        hold, for the functions that read them: `settings = {"openai_api_key":
        os.environ.get("OPENAI_API_KEY"), ...}` holds a key at that field, `DSN =
        f"postgresql://app:{DB_PASSWORD}@db/app"` the password, `app.config["X_KEY"] =
        os.environ[...]` a key in app.config at that field; and a client made with a
        key whose errors hold it (`application = Application.builder().token(TOKEN)
        .build()`: _makes_keyed_client). (A name bound to a literal, another call or
        another name is read as before: by its name and binding.) Made once per module,
        by an interpreter that reports nothing."""
        if self._module_structures is None:
            self._module_structures = {}
            module = self._module
            if module is not None and (self.enabled("MR020") or self.enabled("MR021")):
                statements, names = [], []
                for statement in module.body:
                    if type(statement) is not cst.SimpleStatementLine:
                        continue
                    for small in statement.body:
                        if type(small) is cst.AnnAssign and small.value is not None and type(small.target) is cst.Name \
                                and self._makes_keyed_client(small.value):
                            # (application: Application = Application.builder().token(T).build())
                            statements.append(statement)
                            names.append(small.target.value)
                            continue
                        if type(small) is not cst.Assign or len(small.targets) != 1:
                            continue
                        target = small.targets[0].target
                        if type(target) is cst.Name and (type(small.value).__name__ in _STRUCTURES
                                                          or self._makes_keyed_client(small.value)):
                            # (and a client made with a key whose errors can hold it:
                            # `application = Application.builder().token(TOKEN).build()`)
                            statements.append(statement)
                            names.append(target.value)
                        elif type(target) is cst.Subscript and dotted_name(target.value):
                            # app.config["MODELRED_API_KEY"] = os.environ.get(...): the
                            # structure holds it there
                            statements.append(statement)
                            names.append(dotted_name(target.value))
                # (each group read alone: what a function puts in a global is held besides
                # what the module bound it to, not instead)
                # (and each function's line alone: a later reset, cfg = {}, does not undo
                # what another line put there)
                groups = [(statements, names)]
                fills = _global_structure_fills(module) if self.declared_globals() else []
                for line in (line for _, _, lines in fills for line in lines):
                    groups.append(([line], [t.target.value for small in line.body if type(small) is cst.Assign
                                            for t in small.targets if type(t.target) is cst.Name]))
                for statements, names in groups:
                    if not statements:
                        continue
                    env = SummaryInterpreter(self).within(None).block(cst.IndentedBlock(body=statements), Env())
                    for name in names if env is not None else ():
                        held = frozenset(l for l in (env.get(name) or EMPTY) if l.kind in (SECRET, MAYBE_SECRET)
                                         or l.kind in KEYED_CLIENTS)
                        if held:
                            self._module_structures[name] = self._module_structures.get(name, EMPTY) | held
                # And each function that fills one, run whole: its line read alone does not
                # know what the function's earlier lines bound (`key = os.environ[...]`,
                # then `CFG = {"openai": key}`, a lazy set-up); every value bound to the
                # global counts, as every line's does above.
                for function, filled, _ in fills:
                    interpreter = _StoreReader(self, filled)
                    interpreter.within(function).run_function(function, entry_env(self, function))
                    for name, held in interpreter.held.items():
                        self._module_structures[name] = self._module_structures.get(name, EMPTY) | held
                # _KEYS = {} at the top, `_KEYS[provider] = secret` in a function (a cache
                # filled on first use): the module's _KEYS holds what any function puts in it
                for function, stored in _module_cache_stores(module, self.ctx.text, self.local_names):
                    interpreter = _StoreReader(self, stored)
                    interpreter.within(function).run_function(function, entry_env(self, function))
                    for name, held in interpreter.held.items():
                        self._module_structures[name] = self._module_structures.get(name, EMPTY) | held
                # what a command-line app's group callback puts in its context object
                # (ctx.obj = {"api_key": key}): read by the commands (_context_parameters)
                for function, stored in _context_object_stores(module, self.model, self.ctx.text):
                    interpreter = _StoreReader(self, stored)
                    interpreter.within(function).run_function(function, entry_env(self, function))
                    for name, held in interpreter.held.items():
                        self._context_object = self._context_object | held
                        self._context_names.add(name.split(".", 1)[0])
        return self._module_structures

    def _context_parameters(self, node: cst.FunctionDef, env: Env) -> None:
        """A command's context object holds what the group put there: `ctx.obj` of its
        parameter named as the group's context, and the parameter a context-object
        decorator hands it first (@click.pass_obj)."""
        params = [p.name.value for p in (*node.params.posonly_params, *node.params.params)]
        for name in params:
            if name in self._context_names:
                env.set(f"{name}.obj", self._context_object)
        if params and not self.model.context_object_decorators.isdisjoint(_decorator_names(node)):
            env.set(params[0], self._context_object)

    def _makes_keyed_client(self, value) -> bool:
        """Could this call make a client whose errors hold its key (a query-key or a
        key-checking client's making, by the last name of a call in its chain)? Only
        such calls are read ahead among the module's top-level assignments."""
        tails = self.model.keyed_client_tails
        while type(value) is cst.Call:
            # (by the name written or the one imported: `TgBot(...)` of `from telegram
            # import Bot as TgBot`)
            if last_name(value.func) in tails or (self.names.qualname(value.func) or "").rsplit(".", 1)[-1] in tails:
                return True
            if type(value.func) is not cst.Attribute:
                return False
            value = value.func.value
        return False

    def local_names(self, node: cst.FunctionDef) -> set:
        """_local_names, read once per function (the analysis, its re-analysis in a
        class, the module's mapping and cache reads all ask)."""
        held = self._locals.get(id(node))
        if held is None:
            held = self._locals[id(node)] = _local_names(node)
        return held

    def declared_globals(self) -> frozenset:
        """The names a function of the module declares `global` (read once; none, without
        a walk, where the text holds no such statement: the word is in a quarter of the
        real files the rules parse, the statement in one of eighteen)."""
        if self._declared_globals is None and self.ctx.text is not None and not may_declare_global(self.ctx.text):
            self._declared_globals = self._rebound_globals = frozenset()
        if self._declared_globals is None:
            self._read_globals()
        return self._declared_globals

    def rebound_globals(self) -> frozenset:
        """The names a function of the module declares `global` and binds to something
        other than a literal (`global API_KEY; API_KEY = os.getenv(...)`; not a reset,
        `API_KEY = None`): the module's first binding does not say what they hold."""
        if self._rebound_globals is None:
            self.declared_globals()
        return self._rebound_globals

    def _read_globals(self) -> None:
        """Both answers from one walk of the module: each node is read with the function
        whose own body holds it (none in a class body or a lambda, as Python scopes it),
        so that a `global` and the bindings it governs meet in their function."""
        declared: dict[int, set] = {}
        bound: dict[int, set] = {}
        stack = [(self._module, 0)] if self._module is not None else []
        while stack:
            node, owner = stack.pop()
            kind = type(node)
            if kind is cst.Global:
                declared.setdefault(owner, set()).update(n.name.value for n in node.names)
            elif kind is cst.Assign and not _is_literal(node.value):
                bound.setdefault(owner, set()).update(k for t in node.targets for k in target_keys(t.target))
            elif kind in (cst.AugAssign, cst.For, cst.NamedExpr) or (
                    kind is cst.AnnAssign and node.value is not None and not _is_literal(node.value)):
                bound.setdefault(owner, set()).update(target_keys(node.target))
            if kind is cst.FunctionDef:
                # (its body is its own; its decorators, defaults and annotations are read
                # where it stands)
                stack.append((node.body, id(node)))
                stack.extend((child, owner) for child in child_nodes(node) if child is not node.body)
            else:
                inner = 0 if kind is cst.ClassDef or kind is cst.Lambda else owner
                stack.extend((child, inner) for child in child_nodes(node))
        self._declared_globals = frozenset().union(*declared.values())
        # (a `global` outside any function, owner 0, rebinds nothing)
        self._rebound_globals = frozenset().union(*(names & bound.get(owner, set())
                                                    for owner, names in declared.items() if owner))

    def mapping_fields(self, name: str) -> frozenset:
        """The secret-named fields the module reads from its mapping `name` (settings,
        os.environ); read once per module, when a mapping is first shown."""
        if self._mapping_fields is None:
            # (the walk of the whole module only where the text may hold such a read of
            # this mapping: on real code nine in ten modules read none)
            gate = self._mapping_gates.get(name)
            text = self.ctx.text
            if gate is None:
                gate = self._mapping_gates[name] = text is None or may_read_secret_field(text, name, self.vocab)
            if not gate:
                return frozenset()
            # (a section's option read by get(section, option) only where the text makes
            # a configuration parser: ConfigParser())
            parsers = text is None or any(c.rsplit(".", 1)[-1] in text for c in self.model.config_parser_calls)
            self._mapping_fields = mapping_secret_fields(self._module, self.vocab, self.local_names, parsers)
        return self._mapping_fields.get(name, frozenset())

    def client_key_headers(self) -> frozenset:
        """The credential headers the module sets on its HTTP clients and sessions
        (client_headers.py); read once per module, when a client's headers are first
        shown, and only where the text sets headers at all."""
        if self._client_headers is None:
            text = self.ctx.text
            self._client_headers = client_key_headers(self._module, self.vocab, self.model) \
                if self._module is not None and (text is None or "headers" in text) else frozenset()
        return self._client_headers

    def class_chain(self, name: str) -> tuple:
        """A class and its bases, by their last names, as far as the module says and the
        modules beside it it imports them from (exceptions.py's `class ApiRequestError(
        AccuWeatherError)`): which clause catches an error raised anew with a quoting text
        (the interpreter's class_chain). Read only where such an error is raised."""
        held = self._class_chains.get(name)
        if held is None:
            own = {s.name.value: s for s in (_module_classes(self._module) if self._module is not None else ())}
            # (a module read for an importer looks no further for anything else: here, for
            # the classes alone, it does, as its own file's rules would)
            facts = self.imported if self.imported is not None else (
                ImportedFacts(self.ctx.path, self._module, self._neighbour_rule)
                if self.ctx.path and self._module is not None else None)
            resolve = facts.class_resolver() if facts is not None else None
            chain: list[str] = []
            todo = [(name, resolve)]
            while todo and len(chain) < 32:
                current, resolver = todo.pop()
                if current in chain:
                    continue
                chain.append(current)
                node = own.get(current) if resolver is resolve else None
                if node is None and resolver is not None:
                    found = resolver(current)
                    node, resolver = found if found is not None else (None, None)
                if node is not None:
                    todo.extend((base, resolver) for base in (last_name(b.value) for b in node.bases) if base)
            held = self._class_chains[name] = tuple(chain)
        return held

    def references(self, body) -> frozenset:
        """The names a function's or class's body hands to a lookup (reference_arguments),
        read once per body: a function's parameters, each interpretation of its body and
        its class's other methods all ask."""
        held = self._references.get(id(body))
        if held is None or held[0] is not body:
            held = self._references[id(body)] = (body, reference_arguments(body, self.model, self.names, self.ctx.text))
        return held[1]

    def module_mutations(self) -> frozenset:
        """The names the module changes in place anywhere (interpreter.mutated_names),
        read once per module: every function's interpretation asks of its constants."""
        if self._mutated_names is None:
            self._mutated_names = mutated_names(self._module)
        return self._mutated_names

    def module_value(self, name: str):
        """The expression a plain module-level assignment binds `name` to, if any."""
        if self._module_values is None:
            self._module_values = plain_assignments(self._module.body if self._module is not None else ())
        return self._module_values.get(name)

    def table_text(self, name: str, key: str) -> Optional[str]:
        """The text a constant table of the module holds at `key` (constant_tables.py), or
        one it imports by name from a module beside it; None where it cannot be read."""
        held = self._tables.get((name, key), _UNMADE)
        if held is _UNMADE:
            held = self._tables[(name, key)] = self._table_text(name, key)
        return held

    def _table_text(self, name: str, key: str) -> Optional[str]:
        if self._changed_names is None:
            self._changed_names = changed_names(self._module)
        if name in self._changed_names:
            return None
        value = self.module_value(name)
        if value is not None:
            return table_text(value, key)
        return self.imported.table_text(name, key) if self.imported is not None else None

    def enum_values(self, name: str) -> tuple[str, ...]:
        """The texts a module-level Enum class's members are bound to (`OPENAI =
        "OPENAI_API_KEY"`), or () where `name` is no such class."""
        if self._enum_values is None:
            self._enum_values = _enum_values(self._module.body if self._module is not None else ())
        return self._enum_values.get(name, ())

    def _env_parameter(self, node: cst.FunctionDef, values, params) -> Optional[int]:
        """`return os.environ[name]`, `return os.getenv(name, "")`, or `value =
        os.environ.get(name)` ... `return value`: the function returns the environment
        variable a parameter names."""
        bound = plain_assignments(node.body.body if isinstance(node.body, cst.IndentedBlock) else ())
        for value in values:
            if isinstance(value, cst.Name):
                value = bound.get(value.value, value)
            variable = self._namer.env_variable(value)
            if isinstance(variable, cst.Name) and variable.value in params:
                return params.index(variable.value)
        return None

    def holds_a_record(self, function, parameter: str) -> bool:
        """Is this parameter of a wrapper (a module function, or a method of the class)
        annotated with a record of the module that holds a secret field (`creds:
        AwsCredentials`)? Then the function reports it where it shows it (see
        _secret_parameters), not its callers."""
        if not self._records:
            return False
        for param in (*function.params.posonly_params, *function.params.params, *function.params.kwonly_params):
            if param.name.value == parameter:
                return bool(_annotated_names(param) & self._records.keys())
        return False

    def wrapper_secret_uses(self, function) -> frozenset:
        """The names a wrapper (a module function, or a method of the class) uses as a
        secret (its own findings report them)."""
        return self._secret_uses(function)

    def own_method(self, name: str):
        """The method `self.name` of the innermost enclosing class, if it defines one."""
        return self._class_methods(self.class_nodes[-1]).get(name) if self.class_nodes else None

    def global_uses(self) -> frozenset:
        """The module's own names (bound at its top level) that its code uses as a
        secret anywhere: in a function that does not bind them itself, or at the top
        level (`comfy_key = os.environ.get("COMFY_CLOUD_KEY")`, then `{"x-api-key":
        comfy_key}` in a function: printed at the top level, it is a key)."""
        if self._global_uses is None:
            bound = set(plain_assignments(self._top_statements()))
            found = set(self._top_level_uses()) if bound else set()
            if bound:
                functions = self._functions_and_methods()
                for function in functions:
                    used = self._secret_uses(function) & bound  # (a walk of the body only where it can matter)
                    if used:
                        found |= used - self.local_names(function)
            self._global_uses = frozenset(found & bound)
        return self._global_uses

    def _class_self_uses(self, node: cst.ClassDef) -> frozenset:
        """The `self.x` a class's methods use as a secret (secret_uses), read once per class:
        an attribute is the same value in every method."""
        held = self._self_uses.get(id(node))
        if held is None:
            held = self._self_uses[id(node)] = frozenset(
                name for method in node.body.body if type(method) is cst.FunctionDef
                for name in self._secret_uses(method) if name.startswith("self."))
        return held

    def _top_level_uses(self) -> frozenset:
        """The names the module's top-level code (outside its functions and classes) uses
        as a secret, read once."""
        if self._top_uses is None:
            top = self._top_statements()
            # (with the positions a client or a function of the module takes a key at:
            # `ModelRed(keys.modelred)` in a script's own code)
            self._top_uses = frozenset() if not top else secret_uses(
                SimpleNamespace(body=cst.IndentedBlock(body=top)), self.vocab, self.model.credential_takers,
                positional=self._positional(), constant=self.module_value)
        return self._top_uses

    def _positional(self) -> dict:
        """The positional parameters that take a key, by the name of what is called:
        the SDK's clients (ModelRed(key), generation 3, takes the key first) and the
        module's functions and classes (see secret_parameters)."""
        if self._positional_secrets is None:
            self._positional_secrets = {
                **{c.rsplit(".", 1)[-1]: frozenset({0}) for c in self.sdk.clients},
                **(secret_parameters(self._module, self.vocab) if self._module is not None else {})}
        return self._positional_secrets

    def _top_statements(self) -> list:
        """The module's statements outside its functions and classes."""
        module = self._module
        return [s for s in module.body if not isinstance(s, (cst.FunctionDef, cst.ClassDef))] if module else []

    def _secret_uses(self, node: cst.FunctionDef) -> frozenset:
        """secret_uses() of a function, read once (its own analysis and its callers' ask)."""
        held = self._wrapper_uses.get(id(node))
        if held is None:
            reads: dict = {}
            attributes: set = set()
            self._wrapper_uses[id(node)] = frozenset()  # (in progress: a function that calls itself)
            self._key_reads[id(node)] = {}
            held = self._wrapper_uses[id(node)] = secret_uses(
                node, self.vocab, self.model.credential_takers, reads, attributes, self._positional(),
                self.module_value, self.model.field_read_calls, self.callee_reads,
                (self.model.http_request_methods, self.model.query_key_fields),
                (self._mapping_records, self.model.frameworks.model_parsers) if self._mapping_records else None,
                self.model)
            self._key_reads[id(node)] = reads
            self._self_reads[id(node)] = attributes
        return held

    def reads_file_parameter(self, name: str, which) -> bool:
        """Does the module function `name` read the file its parameter `which` (an index
        or a keyword) names: open(p), Path(p).read_text(), json.load(p)... (what makes
        read_env_file(".env") a read of that file; a function that only tests or sizes
        the path is not)."""
        node = self.summaries.functions.get(name)
        if node is None:
            return False
        params = [p.name.value for p in (*node.params.posonly_params, *node.params.params, *node.params.kwonly_params)]
        param = which if isinstance(which, str) else (params[which] if which < len(params) else None)
        if param not in params:
            return False
        key = (id(node), param)
        held = self._file_readers.get(key)
        if held is None:
            nodes = list(descendants(node.body, enter=lambda n: type(n) not in (cst.FunctionDef, cst.ClassDef, cst.Lambda)))
            # the parameter, and the names bound to a path or a handle made of it (p =
            # Path(path), with open(path) as fh)
            makers = self.model.path_calls | {"open"}
            aliases = {param}

            def made_of(value) -> bool:
                while type(value) is cst.Call and last_name(value.func) in makers and value.args:
                    value = value.args[0].value
                return type(value) is cst.Name and value.value in aliases

            for _ in range(3):
                for n in nodes:
                    if type(n) is cst.Assign and type(n.targets[0].target) is cst.Name and made_of(n.value):
                        aliases.add(n.targets[0].target.value)
                    elif type(n) is cst.WithItem and n.asname is not None and type(n.asname.name) is cst.Name \
                            and made_of(n.item):
                        aliases.add(n.asname.name.value)
            readers = self.model.file_reading_calls | {"open"}
            held = self._file_readers[key] = any(
                type(n) is cst.Call and last_name(n.func) in readers and (
                    any(a.keyword is None and made_of(a.value) for a in n.args[:1])
                    or (type(n.func) is cst.Attribute and made_of(n.func.value)))
                for n in nodes)
        return held

    def callee_reads(self, name: str) -> Optional[tuple]:
        """A module function's parameters and the secret-named fields it reads of each
        (`def checker(conf): conf.get("openai_api_key")`), for its callers: what they hand
        it holds those fields (see secret_uses). None where it reads none."""
        node = self.summaries.functions.get(name)
        if node is None or (id(node) not in self._wrapper_uses and self._callee_depth >= _CALLEE_DEPTH):
            return None  # (a chain of callers deeper than that: not followed, the stack bounded)
        self._callee_depth += 1
        try:
            self._secret_uses(node)
        finally:
            self._callee_depth -= 1
        reads = self._key_reads.get(id(node))
        params = [p.name.value for p in (*node.params.posonly_params, *node.params.params)]
        fields = {p: reads[p] for p in (*params, *(k.name.value for k in node.params.kwonly_params))
                  if reads and reads.get(p)}
        return (params, fields) if fields else None

    def _functions_and_methods(self) -> list:
        """The module's top-level functions and its top-level classes' methods."""
        return list(self.summaries.functions.values()) + [
            method for cls in self._classes.values() if isinstance(cls.body, cst.IndentedBlock)
            for method in cls.body.body if type(method) is cst.FunctionDef]

    def section_reads(self, name: str) -> dict:
        """Section -> the secret-named options the module's functions read at that section
        of a structure called `name` (`settings["checkr"]["api_key"]`, `llm = raw["llm"];
        llm.get("api_key")`), whichever function binds it: one name in one module is one
        kind of structure, so `settings["checkr"]` shown in another function shows the
        key too. Read from each function's key reads (secret_uses), once per module."""
        if self._section_reads is None:
            found: dict = {}
            functions = self._functions_and_methods()
            for function in functions:
                for base, fields in self.key_reads(function).items():
                    for field in fields:
                        if isinstance(field, tuple) and len(field) == 2 and isinstance(field[0], str) \
                                and field[0] not in (ANY_FIELD, WHOLE) and isinstance(field[1], str):
                            found.setdefault(base, {}).setdefault(field[0], set()).add(field[1])
            text = self.ctx.text
            if text is None or any(c.rsplit(".", 1)[-1] in text for c in self.model.config_parser_calls):
                # cfg.get("openai", "api_key") of a configuration parser (only in a module
                # that makes one: elsewhere a dict's get with a default, as in
                # mapping_secret_fields)
                for function in functions:
                    for base, section, option in self._parser_option_reads(function):
                        found.setdefault(base, {}).setdefault(section, set()).add(option)
            self._section_reads = found
        return self._section_reads.get(name, {})

    def _parser_option_reads(self, function: cst.FunctionDef):
        """(receiver, section, option) of each `receiver.get("section", "option")` in the
        function whose option is a secret's name and whose section is not."""
        call, attribute = cst.Call, cst.Attribute
        for node in descendants(function.body):
            if type(node) is call and type(node.func) is attribute and node.func.attr.value == "get" \
                    and len(node.args) >= 2 and node.args[0].keyword is None and node.args[1].keyword is None:
                section, option = literal_value(node.args[0].value), literal_value(node.args[1].value)
                base = dotted_name(node.func.value)
                if base and isinstance(section, str) and isinstance(option, str) \
                        and names_a_secret(self.vocab, option) and not names_a_secret(self.vocab, section):
                    yield base, section, option

    def self_attributes_read(self, node: cst.FunctionDef) -> set:
        """The x of each `self.x` a function reads (made in secret_uses' walk)."""
        if id(node) not in self._self_reads:
            self._secret_uses(node)
        return self._self_reads[id(node)]

    def key_reads(self, node: cst.FunctionDef) -> dict:
        """The secret-named keys a function reads of each name (made in secret_uses' walk)."""
        if id(node) not in self._key_reads:
            self._secret_uses(node)
        return self._key_reads[id(node)]

    def secret_attributes(self, node: cst.ClassDef) -> tuple[str, ...]:
        """The attributes the class's methods set under a secret's name (`self.api_key =
        ...`), but those that hold no plain secret (a SecretStr, a bool)."""
        held = self._secret_attributes.get(id(node))
        if held is None:
            clean = self.clean_fields.get(node.name.value, frozenset())
            found = []
            for method in node.body.body:
                if not isinstance(method, cst.FunctionDef):
                    continue
                for assign in _self_assignments(method):
                    name = assign.attr.value
                    if name not in found and name not in clean and self.vocab.is_secret_name(name, strict=True):
                        found.append(name)
            held = self._secret_attributes[id(node)] = tuple(found)
        return held

    def shown_own_secrets(self, cls: Optional[str]) -> frozenset:
        """Of an instance of a finished class of the module, made anew: what its own
        __repr__/__str__ shows of the secrets its methods stored in `self` from a source
        of their own (`self.openai_key = openai_key or os.environ["OPENAI_API_KEY"]`),
        whatever the constructor was handed: printed whole, `cap = Captioner()` shows it."""
        finished = self._finished_classes.get(cls) if cls else None
        if finished is None:
            return EMPTY
        node, attributes = finished
        clean = self.clean_fields.get(cls, frozenset())
        out: set = set()
        for attr in shown_secret_attributes(node, self.vocab):
            own = frozenset(l for l in attributes.get(f"self.{attr}", ()) if l.kind in SECRETS and l.param is None)
            if own and attr not in clean:
                out |= at_field(own, attr)
        return frozenset(out)

    def shown_attributes(self) -> tuple[str, ...]:
        """The secret-named attributes the enclosing class's own __repr__/__str__ shows, or
        its record's generated repr (but those that hold no plain secret): what `self`
        printed shows."""
        if not self.class_nodes:
            return ()
        node = self.class_nodes[-1]
        held = self._shown_attributes.get(id(node))
        if held is None:
            clean = self.clean_fields.get(node.name.value, frozenset())
            # (a record's own printed form too: a dataclass's repr shows its fields)
            fields = field_order(node)
            record = tuple(f for f in self._records.get(node.name.value, ()) if f in fields)
            held = self._shown_attributes[id(node)] = tuple(dict.fromkeys(
                a for a in (*shown_secret_attributes(node, self.vocab), *record) if a not in clean))
        return held

    def formatted_attributes(self) -> tuple[str, ...]:
        """Every `self.x` the enclosing class's own __repr__/__str__ shows whole, whatever
        its name (see Expressions.expr_Name: those that hold a secret there count)."""
        return self._formatted_of(self.class_nodes[-1]) if self.class_nodes else ()

    def _formatted_of(self, node: cst.ClassDef) -> tuple[str, ...]:
        """What a class's own __repr__/__str__ shows whole, less its clean fields (made
        once per class)."""
        held = self._formatted_attributes.get(id(node))
        if held is None:
            clean = self.clean_fields.get(node.name.value, frozenset())
            held = self._formatted_attributes[id(node)] = tuple(
                sorted(a for a in formatted_self_attributes(node) if a not in clean))
        return held

    def instance_shown(self, receiver: str) -> frozenset:
        """`client` printed whole, an instance of a finished class of the module: the
        secrets its methods left in the `self.x` that its class's own __repr__/__str__
        shows (`client = HFClient(model)`; `log.debug("ready: %r", client)`), each at its
        field (`client.model` reads none)."""
        if not self._receivers:
            return EMPTY
        cls = self._receivers[-1].get(receiver)
        if cls is None:
            return EMPTY
        node, attributes = self._finished_classes[cls]
        return frozenset(
            Label(SECRET, f"`{receiver}.{attr}`", path=(attr,)) for attr in self._formatted_of(node)
            if any(l.kind is SECRET and l.param is None for l in attributes.get(f"self.{attr}", EMPTY)))

    def _inherited_attributes(self, node: cst.ClassDef) -> dict:
        """What a top-level class's bases defined above it in the module left in `self.x`
        (their properties, and what their methods stored): a subclass's methods read the
        same attributes (`class Client(AuthMixin)` logging the mixin's `self.auth_headers`)."""
        attributes: dict = {}
        if self.class_nodes:
            return attributes
        for base in node.bases:
            finished = self._finished_classes.get(base.value.value) \
                if base.keyword is None and type(base.value) is cst.Name else None
            if finished is not None:
                for key, labels in finished[1].items():
                    attributes[key] = attributes.get(key, EMPTY) | labels
        return attributes

    def _property_values(self, node: cst.ClassDef) -> dict:
        """`self.auth_header` of a property that returns {"Authorization": f"Bearer
        {self.API_KEY}"}: what the class's other methods read there (before any of them
        is analysed, so read wherever the property is used)."""
        attributes: dict = {}
        for method in node.body.body:
            if not isinstance(method, cst.FunctionDef):
                continue
            name = method.name.value
            if any(last_name(d.decorator) in _PROPERTY_DECORATORS for d in method.decorators):
                key = f"self.{name}"
            elif _only_self(method) and (self.vocab.names_a_mapping(name) or self.vocab.is_secret_name(name, strict=True)):
                key = f"self.{name}()"  # self._headers(): a method that builds the auth headers
            else:
                continue
            interpreter = SummaryInterpreter(self)
            # (with the attributes the class's methods use as a key: {KEY_HEADER: self.rapidapi_key})
            interpreter.run_function(method, Env({use: frozenset({Label(SECRET, f"`{use}`", named=True)})
                                                  for use in self._class_self_uses(node)}))
            returned = frozenset().union(*interpreter.returns) if interpreter.returns else EMPTY
            remember_attributes(attributes, [Env({key: returned})], self.vocab)
        return attributes

    def leave_ClassDef(self, node: cst.ClassDef) -> None:
        """A method analysed before another stored a secret in `self.x` (a handler
        above the method that signs in) did not know it: each such method that reads
        an attribute learned since is analysed again, once (findings already made are
        not made twice)."""
        attributes = self.class_attributes[-1]
        analysed = self.class_functions.pop()
        reads: Optional[dict] = None  # (read only where an attribute was learned late: rare)
        methods = self._class_methods(node)
        named: dict[str, list] = {}  # each attribute's keys by its name (self.headers.x: headers)
        indexed = 0  # (how many keys `named` holds: an analysis again may add one)
        for function, seen in analysed:
            if seen == attributes:
                continue  # (nothing learned since: most methods, in most classes)
            if reads is None:
                reads = {id(f): self.self_attributes_read(f) for f, _ in analysed}
            if indexed != len(attributes):
                named, indexed = {}, len(attributes)
                for key in attributes:
                    named.setdefault(key.split(".")[1].rstrip("()"), []).append(key)

            # An attribute it reads learned since, or one that a method it calls reads
            # (whose summary is made again where what it read has changed: method_summary).
            # Asked of the attributes it reads, not of every attribute the class learned:
            # a class of n methods storing n attributes made that n * n for each method.
            own = reads[id(function)]
            asked = own.union(*(reads.get(id(methods[name]), ()) for name in own if name in methods))
            if any(seen.get(key) != attributes.get(key) for name in asked for key in named.get(name, ())):
                self._analyse_function(function)
        finished = self.class_attributes.pop()
        self.class_nodes.pop()
        if not self.class_nodes:
            self._finished_classes[node.name.value] = (node, finished)

    def analyse(self, body, env: Env, top: Optional[cst.CSTNode] = None, handler: bool = False,
                uses: frozenset = frozenset(), message_return: bool = False,
                key_reads: Optional[dict] = None, text_tokens: bool = False,
                sequences: frozenset = frozenset()) -> Optional[Env]:
        """Interpret a body; what its names hold where it ends (its returns and its last
        statement joined; None where it never ends), for the functions nested in it.
        `sequences`: the parameters that hold records in turn (_secret_parameters)."""
        interpreter = SinkInterpreter(self)
        interpreter.sequences.update(sequences)
        interpreter.record_sequences.update(sequences)
        interpreter.message_return = message_return
        interpreter.key_reads = key_reads
        interpreter.secret_uses = uses
        interpreter.text_tokens = text_tokens
        interpreter.except_depth = int(handler)  # an error handler's body is an except clause
        interpreter.scope_body = body
        attributes = self.class_attributes[-1] if self.class_attributes else None
        interpreter.class_attributes = attributes
        after = interpreter.within(top).block(body, env)
        ends = [*interpreter.exits, *([after] if after is not None else [])]
        if attributes is not None:
            # (the summaries of the class's methods made before that read what changed
            # are made again when next asked for: method_summary)
            remember_attributes(attributes, ends, self.vocab)
        return Env.join(ends) if ends else None

    def _secret_parameters(self, node: cst.FunctionDef, env: Env) -> frozenset:
        """A parameter annotated with a record of the module that shows a secret field
        holds it there (one annotated with a sequence of them, `creds: list[Creds]`, holds
        records: a loop over it gives each whole); a validator of a secret field is handed
        the secret. Returns the parameters that hold records in turn."""
        imported = self.imported
        sequences: set = set()
        if self._records or self.clean_fields or imported is not None:
            for param in (*node.params.posonly_params, *node.params.params, *node.params.kwonly_params):
                if param.annotation is None:
                    continue
                names = _annotated_names(param)
                name = param.name.value
                elements = _sequence_elements(param.annotation.annotation, self.model.sequence_types) \
                    if self._records else set()
                for record in (names | elements) & self._records.keys():
                    held = frozenset(Label(SECRET, f"`{name}`", path=(f,)) for f in self._records[record])
                    env.set(name, (env.get(name) or EMPTY) | held)
                    if record in elements:
                        sequences.add(name)
                for record in names - self._records.keys() - self._classes.keys() if imported is not None else ():
                    # config: WorkspaceConfig, imported: its secret fields, read there
                    if self.model.names_imported_record(record):
                        fields = imported.record_fields(record, self.model, self.vocab)
                        if fields:
                            held = frozenset(Label(SECRET, f"`{name}`", path=(f,)) for f in fields)
                            env.set(name, (env.get(name) or EMPTY) | held)
                for cls in names & self.clean_fields.keys():
                    for field in self.clean_fields[cls]:  # settings.require_api_key: a bool
                        env.set(f"{name}.{field}", EMPTY)
        owner = self.class_nodes[-1].name.value if self.class_nodes else None
        value = validated_secret_field(node, self.model, self.vocab, self.clean_fields.get(owner, frozenset()),
                                       self.class_nodes[-1] if self.class_nodes else None)
        if value is not None:
            env.set(value, (env.get(value) or EMPTY) | {Label(SECRET, f"`{value}`")})
        return frozenset(sequences)

    # -- handlers of SDK errors (MR022) ----------------------------------------------------
    def _registered_handlers(self, module) -> frozenset:
        """Functions registered as handlers of an SDK error:
        `app.add_exception_handler(ModelRedError, handle)`."""
        found = set()
        # At module level, and in an app factory's body (def create_app(): ...
        # app.add_exception_handler(ModelRedError, handle)).
        statements = list(module.body)
        for statement in module.body:
            if type(statement) is cst.FunctionDef and type(statement.body) is cst.IndentedBlock:
                statements += statement.body.body
        for statement in statements:
            if type(statement) is not cst.SimpleStatementLine:
                continue
            for small in statement.body:
                call = small.value if type(small) is cst.Expr else None
                if (
                    type(call) is cst.Call
                    and last_name(call.func) in self.model.error_handler_registrations
                    and len(call.args) >= 2
                    and type(call.args[1].value) is cst.Name
                    and self._namer.is_sdk_error(call.args[0].value)
                ):
                    found.add(call.args[1].value.value)
        return frozenset(found)

    def _sdk_error_parameters(self, node: cst.FunctionDef) -> list[str]:
        """The parameters annotated with an SDK error class (`exc: ModelRedError`): a
        handler registered in a way the rules do not read (Litestar's
        `exception_handlers={ModelRedError: handle}`) is handed one."""
        if not self.enabled("MR022"):
            return []
        return [p.name.value for p in (*node.params.posonly_params, *node.params.params, *node.params.kwonly_params)
                if p.annotation is not None and self._namer.is_sdk_error(p.annotation.annotation)]

    def _handled_error(self, node: cst.FunctionDef) -> Optional[str]:
        """The parameter that receives the SDK error, when the function handles one
        (decorated `@app.exception_handler(ModelRedError)` or registered): its last
        positional parameter (`(request, exc)`, Flask's `(error)`)."""
        if not self.enabled("MR022"):
            return None
        handles = node.name.value in self._handlers and not self.class_attributes
        for decorator in node.decorators:
            call = decorator.decorator
            if (
                isinstance(call, cst.Call)
                and last_name(call.func) in self.model.error_handler_decorators
                and call.args
                and self._namer.is_sdk_error(call.args[0].value)
            ):
                handles = True
        params = [*node.params.posonly_params, *node.params.params]
        return params[-1].name.value if handles and params else None

    def exception_message_parameters(self, func) -> Optional[MessageParameters]:
        """For a class of this module, or one it imports from a module beside it: which
        constructor arguments its message shows."""
        name = func.value
        if name not in self._message_parameters:
            # (the class and the resolver of its own module, which reads its bases there)
            resolve = self.imported.class_resolver() if self.imported is not None else \
                class_resolver(self._module) if self._module is not None else None
            found = resolve(name) if resolve is not None else None
            self._message_parameters[name] = message_parameters(*found) if found is not None else None
        return self._message_parameters[name]

    def is_module_class(self, name: str) -> bool:
        """Is `name` a class this module defines (not one it imports)?"""
        return name in self._classes

    def imported_getter(self, name: str) -> frozenset:
        """What `<object>.name()` of a credential getter holds, from the modules the file
        imports from (imported_facts.py); nothing where that cannot be told."""
        if self.imported is None or name not in self.model.credential_getters:
            return EMPTY
        return self.imported.getter_returns(name)

    def imported_returns(self, name: str, method: Optional[str] = None) -> frozenset:
        """What a call of a function imported from a module beside this one holds
        (`get_credentials()`), or of a method called on an imported class
        (`KeyStore.get_key(...)`), as the rules there summarise it; only for the names
        imported_facts.may_return_secret takes (what the prefilter follows too)."""
        if self.imported is None or name in self.summaries \
                or not may_return_secret(self.ctx.knowledge, name, method):
            return EMPTY
        return self.imported.returns_of(name, method)

    def imported_helper(self, name: str):
        """The summary of an output helper imported from a module beside this one
        (print_banner(lines) of `from .server import print_banner`), as the rules there
        make it; None where there is none to read (imported_facts.py)."""
        if self.imported is None or name in self.summaries or not self.model.names_output_helper(name):
            return None
        return self.imported.helper_summary(name)

    def text_writes_any(self, spellings: tuple) -> bool:
        """Does the module's text, lowered, hold any of these (key-pair-ids: the secret
        half of a key pair)? Kept per tuple of spellings."""
        held = self._written.get(spellings)
        if held is None:
            low = (self.ctx.text or "").lower()
            held = self._written[spellings] = any(spelling in low for spelling in spellings)
        return held

    def inherited_helper(self, name: str):
        """The summary of `self.name(...)`, an output helper by its name that the
        innermost enclosing class does not define but a base class imported from a module
        beside this one does (imported_facts.inherited_helper); None where there is none."""
        if self.imported is None or not self.class_nodes or not self.model.names_output_helper(name):
            return None
        for base in self.class_nodes[-1].bases:
            if base.keyword is None and type(base.value) is cst.Name:
                summary = self.imported.inherited_helper(base.value.value, name)
                if summary is not None:
                    return summary
        return None

    def _neighbour_rule(self, path: str, text: str):
        """These rules set up on a neighbour module, to summarise one of its methods
        there (looking no further themselves)."""
        tree = neighbours.tree_of(path)
        if tree is None:
            return None
        ctx = FileContext(path=path, names=NameTracker(self.ctx.knowledge.sdk.clients), knowledge=self.ctx.knowledge,
                          options=self.ctx.options, catalogue=self.ctx.catalogue,
                          codes=frozenset({"MR020", "MR021"}), text=text)
        rule = FlowRules(ctx)
        rule.looks_beyond = False
        rule.visit_Module(tree)
        return rule

    # -- summaries ----------------------------------------------------------------------
    def _class_methods(self, node: cst.ClassDef) -> dict:
        """The class's methods that take `self` first (not static, class or property)."""
        held = self._methods.get(id(node))
        if held is None:
            held = self._methods[id(node)] = {
                m.name.value: m for m in node.body.body
                if isinstance(m, cst.FunctionDef) and m.params.params and m.params.params[0].name.value == "self"
                and not any(last_name(d.decorator) in _NOT_PLAIN_METHODS for d in m.decorators)}
        return held

    def _receiver_classes(self, node: cst.FunctionDef) -> dict[str, str]:
        """The names of a function that stand for an instance of a finished class of the
        module: a parameter annotated with it (`cache: TokenCache`), a name bound to its
        constructor (`runner = Runner(key)`, `with Client(key) as client`), the same
        one wherever it is bound."""
        params = (*node.params.posonly_params, *node.params.params, *node.params.kwonly_params)
        own = self._receivers_in(params, node.body)
        if self.class_nodes and params and params[0].name.value == "self":
            # (self.api = Api(token) in __init__: self.api in every method, unless another
            # method binds it to an instance of another class)
            own = _Receivers({**self._kept_instances(self.class_nodes[-1]), **own}, own.imported)
        module = self._module_receivers()
        if not module and not module.imported:
            return own
        # (settings = Settings() at module level, read in the function: the same instance,
        # unless the function binds the name itself)
        shadowed = {p.name.value for p in params} | _assigned_names(node.body)
        return _Receivers({**{name: cls for name, cls in module.items() if name not in shadowed}, **own},
                          {**{name: cls for name, cls in module.imported.items() if name not in shadowed},
                           **own.imported})

    def _module_receivers(self) -> dict[str, str]:
        """The module's names bound to an instance of a finished class (at module level),
        made again only when a class has been finished since."""
        held = self._module_receivers_held
        if held is None or held[0] != len(self._finished_classes):
            body = self._module.body if self._module is not None else ()
            held = self._module_receivers_held = (len(self._finished_classes),
                                                  self._receivers_in((), cst.IndentedBlock(body=list(body))))
        return held[1]

    def _kept_instances(self, node: cst.ClassDef) -> dict[str, str]:
        """The attributes the class's methods bind to an instance of a finished class of
        the module (`self.api = Api(token)`), as `self.api`: one class each. (Made again
        only when a class has been finished since: asked for each method.)"""
        held = self._kept_held.get(id(node))
        if held is not None and held[0] is node and held[1] == len(self._finished_classes):
            return held[2]
        out: dict[str, Optional[str]] = {}
        for method in self._class_methods(node).values():
            for name, cls in _constructed(method.body, self._makers()) if self._finished_classes else ():
                if name.startswith("self."):
                    out[name] = cls if out.get(name, cls) == cls else None
        kept = {name: cls for name, cls in out.items() if cls is not None}
        self._kept_held[id(node)] = (node, len(self._finished_classes), kept)
        return kept

    def _receivers_in(self, params, body) -> "_Receivers":
        """The names standing for an instance of a finished class of the module, and,
        apart, those bound to an instance of a class imported from a module of the
        project (`translator = GeminiTranslator(key)`: see imported_receiver)."""
        imported = self._project_classes()
        made = _Receivers({}, _one_class_each(_constructed(body, imported)) if imported else {})
        if not self._finished_classes:
            return made
        out: dict[str, Optional[str]] = {}
        for param in params:
            found = _annotated_names(param) & self._finished_classes.keys() if param.annotation is not None else ()
            if len(found) == 1:
                out[param.name.value] = next(iter(found))
        for name, cls in _constructed(body, self._makers()):
            out[name] = cls if out.get(name, cls) == cls else None
        made.update((name, cls) for name, cls in out.items() if cls is not None)
        return made

    def _project_classes(self) -> dict[str, str]:
        """The classes the module imports from a module of its project, by their local
        names (each making itself), but those it defines again (read once per module)."""
        if self._imported_classes is None:
            found = self.imported.project_classes() if self.imported is not None else ()
            self._imported_classes = {name: name for name in found if name not in self._classes}
        return self._imported_classes

    def imported_receiver(self, receiver: str) -> Optional[str]:
        """The class, imported from a module of the project, that `receiver` is an
        instance of in the function being analysed (made there, or at module level), if
        known."""
        return self._receivers[-1].imported.get(receiver) if self._receivers else None

    def receiver_summary(self, receiver: str, name: str, call=None) -> Optional[Summary]:
        """The summary of `receiver.name(...)`, where the receiver is `self` (the
        innermost enclosing class's method) or an instance of a finished class of the
        module (that class's method, with all its methods left in `self.x`); for `call`
        where it fixes flag parameters (see method_summary)."""
        if receiver == "self":
            return self.method_summary(name, call)
        cls = self._receiver_class(receiver)
        if cls is None and self.imported is not None:
            imported = self.imported_receiver(receiver)
            if imported is not None:
                # (of another module's class: the errors its requests let through, alone)
                errors = self.imported.instance_url_errors(imported, name, self.ctx.knowledge)
                return Summary(EMPTY, EMPTY, False, (), EMPTY, url_errors=errors) if errors else None
        if cls is None:
            cls = self._only_class_with(name)
            if cls is None:
                return None
        node, attributes = self._finished_classes[cls]
        if name not in self._class_methods(node):
            return None
        self.class_nodes.append(node)
        self.class_attributes.append(attributes)
        try:
            return self.method_summary(name, call)
        finally:
            self.class_nodes.pop()
            self.class_attributes.pop()

    def _makers(self) -> dict[str, str]:
        """What a call by each name makes, of the finished classes: the class itself, and
        a module function declared to return one (`def settings() -> RagSettings`)."""
        held = self._makers_held
        if held is not None and held[0] is self._finished_classes and held[1] == len(self._finished_classes):
            return held[2]  # (asked for each function: the same until another class is finished)
        makers = {name: name for name in self._finished_classes}
        for name, (node, _) in self._finished_classes.items():
            # EHRClient.from_env(): a classmethod that returns cls(...) or says it returns the class
            for method in node.body.body:
                if type(method) is cst.FunctionDef and any(
                        last_name(d.decorator) == "classmethod" for d in method.decorators) and _makes_own_class(method, name):
                    makers[f"{name}.{method.name.value}"] = name
        for name, function in self.summaries.functions.items():
            declared = _declared_return(function)
            if declared in self._finished_classes and name not in makers:
                makers[name] = declared
        self._makers_held = (self._finished_classes, len(self._finished_classes), makers)
        return makers

    def secret_options(self) -> frozenset:
        """The options the module's argument parsers declare under a secret's name
        (`add_argument("--api-key")`, `dest="token"`): the namespace `parse_args()` returns
        holds them, and printed whole shows them. Not a flag (`action="store_true"`: no
        text of the user's)."""
        if self._secret_options is None:
            found = set()
            frameworks = self.model.frameworks
            text = self.ctx.text
            # (the walk of the whole module only where its text names such a call: 160
            # of sdk-heavy's 357 modules do, 135 of real-llm's 41,487)
            declares = self._module is not None and (
                text is None or any(call in text for call in frameworks.cli_argument_calls))
            for node in descendants(self._module) if declares else ():
                if type(node) is cst.Call and last_name(node.func) in frameworks.cli_argument_calls:
                    action = keyword_value(node, "action")
                    dest = option_dest(node)
                    # (a bare --token too: an option is given a credential, not a parser's token)
                    if dest and self.vocab.is_secret_name(dest) and not (
                            action is not None and literal_value(action) in frameworks.cli_validating_actions):
                        found.add(dest)
            self._secret_options = frozenset(found)
        return self._secret_options

    def factory_record(self, func) -> Optional[tuple[str, tuple[str, ...]]]:
        """The record class of the module a factory call makes (`FuelCardApi.from_env()`,
        a classmethod returning `cls(...)`; `def settings() -> RagSettings`) and the secret
        fields its printed form shows, if any; not the class called itself (its arguments
        say what its fields hold)."""
        if not self._records:
            return None
        name = dotted_name(func)
        made = self._makers().get(name) if name else None
        return (made, self._records[made]) if made is not None and made != name and made in self._records else None

    def made_class(self, func) -> Optional[str]:
        """The class of the module a call makes: the class called, or what a factory
        says it makes (`load_settings()` of `def load_settings() -> Settings`,
        `Settings.from_env()`): its fields' types say which hold no plain secret."""
        name = dotted_name(func)
        # (not a name the function binds itself, or imports: `from rawconfig import load`)
        own = name is not None and self.names.qualname(func) is None and not (
            len(self.names.scopes) > 1 and name.split(".", 1)[0] in self.names.scopes[-1])
        made = self._makers().get(name) if own else None
        return made if made is not None else last_name(func)

    def receiver_class(self, receiver: str) -> Optional[str]:
        """The finished class of the module `receiver` is an instance of, if known."""
        return self._receiver_class(receiver)

    def _receiver_class(self, receiver: str) -> Optional[str]:
        """The finished class of the module `receiver` is an instance of in the function
        being analysed, if known."""
        return self._receivers[-1].get(receiver) if self._receivers else None

    def receiver_attribute(self, receiver: str, attr: str) -> frozenset:
        """What `receiver.attr` holds of a secret, where the receiver is an instance of a
        finished class of the module whose methods left one in `self.attr`
        (t = Translator(); t.key, set in __init__ from the environment), or whose
        property of that name returns one (s.token of f"{self.user}:{self.password}")."""
        cls = self._receiver_class(receiver)
        if cls is None:
            return EMPTY
        node, attributes = self._finished_classes[cls]
        held = attributes.get(f"self.{attr}")  # (attr may be a path: _session.headers)
        if held is None and "." not in attr:
            held = self._property_returns(node, attributes, attr)
        return frozenset(l for l in held if l.kind in (SECRET, MAYBE_SECRET) and l.param is None) if held else EMPTY

    def dumped_fields(self, receiver: str) -> frozenset:
        """The secret-named fields of `receiver`, an instance of a finished class of the
        module, as asdict(), vars() or model_dump() give them: those its printed form
        hides (field(repr=False)) too, and the attributes its methods set under a secret's
        name (self.signing_key = ...); not those that hold no plain secret (a SecretStr)."""
        cls = self._receiver_class(receiver)
        if cls is None:
            return EMPTY
        return frozenset(Label(SECRET, f"`{receiver}`", path=(name,))
                         for name in self.dumped_names(self._finished_classes[cls][0]))

    def dumped_names(self, node: cst.ClassDef) -> set[str]:
        """The secret-named fields and attributes of the class's instances as asdict(),
        vars() or model_dump() give them (see dumped_fields); `vars(self)` in a method too."""
        clean = self.clean_fields.get(node.name.value, frozenset())
        names = {*(f for f in field_order(node) if self.vocab.is_secret_name(f, strict=True)),
                 *self.secret_attributes(node)}
        return names - clean

    def _property_returns(self, node: cst.ClassDef, attributes: dict, attr: str) -> frozenset:
        """What the class's property `attr` returns (its summary, made once, with what
        the class's methods left in `self.x`)."""
        prop = next((m for m in node.body.body if type(m) is cst.FunctionDef and m.name.value == attr
                     and any(last_name(d.decorator) == "property" for d in m.decorators)), None)
        if prop is None:
            return EMPTY
        key = id(prop)
        if key not in self._property_summaries:
            self._property_summaries[key] = None  # (in progress)
            self.class_nodes.append(node)
            self.class_attributes.append(attributes)
            try:
                self._property_summaries[key] = self.summarise(prop, method=True)
            finally:
                self.class_nodes.pop()
                self.class_attributes.pop()
        summary = self._property_summaries[key]
        return Interpreter.called(summary.returns, [], 0) if summary is not None else EMPTY

    def has_method(self, name: Optional[str]) -> bool:
        """Does the innermost enclosing class define this plain method?"""
        return bool(self.class_nodes) and name in self._class_methods(self.class_nodes[-1])

    def _only_class_with(self, name: str) -> Optional[str]:
        """The one finished class of the module that defines a method so named, where
        the name is no container's, string's or I/O object's own (cache.headers() on an
        untyped parameter, where only TokenCache has headers()): duck typing within the
        module."""
        if name in self.model.container_calls or name in self.model.text_calls or name in _COMMON_METHODS:
            return None
        found = [cls for cls, (node, _) in self._finished_classes.items() if name in self._class_methods(node)]
        return found[0] if len(found) == 1 else None

    def method_summary(self, name: str, call=None) -> Optional[Summary]:
        """The summary of `self.name(...)`'s method, in the innermost enclosing class:
        made with what the class's methods have stored in `self.x` so far; for `call`,
        one that fixes some of the method's flag parameters, made for that choice (see
        dataflow/flags.py)."""
        if not self.class_nodes:
            return None
        method = self._class_methods(self.class_nodes[-1]).get(name)
        if method is None:
            return None
        summary = self._method_summary(method, frozenset())
        if call is not None and summary is not None and worth_specialising(summary):
            flags = self._method_flags.get(id(method))
            if flags is None:
                flags = self._method_flags[id(method)] = flag_parameters(method)
            known = known_flags(flags, call, skip=1) if flags else None
            if known:
                summary = self._method_summary(method, known) or summary
        return summary

    def _method_summary(self, method: cst.FunctionDef, known: frozenset) -> Optional[Summary]:
        key = (id(method), known)
        held = self._method_summaries.get(key, _UNMADE)
        if held is None:
            return None  # in progress: a method that calls itself
        if held is _UNMADE or not held[1].still_hold():
            self._method_summaries[key] = None
            reads = ReadsOf(self.class_attributes[-1])
            self._reading.append(reads)
            try:
                held = (self.summarise(method, method=True, attributes=reads, known=known), reads)
            finally:
                self._reading.pop()
            self._method_summaries[key] = held
        if self._reading:
            self._reading[-1].absorb(held[1])  # (the summary being made used this one)
        return held[0]

    def summarise(self, node: cst.FunctionDef, method: bool = False, attributes: Optional[ReadsOf] = None,
                  known: frozenset = frozenset()) -> Summary:
        """What a call of the function does (see Summary). A method's is made with its
        class's attributes as they stand, or as `attributes` shows them (noting its reads);
        `known`: (name, truth) of flag parameters a call fixes (see dataflow/flags.py)."""
        params = [p.name.value for p in (*node.params.posonly_params, *node.params.params, *node.params.kwonly_params)]
        env = Env()
        # Each parameter carries two markers: untrusted input flows through every call,
        # a secret only through the operations that keep its value (see expressions.py).
        # A method's `self` carries none: its attributes are the class's.
        markers = [Label(UNTRUSTED, f"parameter `{name}`", param=index) for index, name in enumerate(params)]
        for index, (name, marker) in enumerate(zip(params, markers)):
            if not (method and index == 0):
                # (and one at a field no read names, lost when a field is read: in a
                # message, the parameter is shown whole; see Summary.whole_messages)
                env.set(name, frozenset({marker, Label(SECRET, f"parameter `{name}`", param=index),
                                         Label(SECRET, f"parameter `{name}`", param=index, path=(WHOLE,), named=True)}))
        # `**fields` (where there is no *args: its position follows the parameters): its
        # secret markers only, for the messages it reaches (audit(event, key=k) logging
        # fields); what it returns and checks, and its untrusted input, are not followed.
        star = node.params.star_kwarg
        # (with *args too, at a place no positional argument reaches: call_with_compat(fn,
        # *args, **kwargs) still gets its callers' keywords there)
        kwarg = (len(params) if not isinstance(node.params.star_arg, cst.Param) else len(params) + _PAST_STARRED) \
            if isinstance(star, cst.Param) else None
        if kwarg is not None:
            name = star.name.value
            env.set(name, frozenset({Label(SECRET, f"parameter `{name}`", param=kwarg),
                                     Label(SECRET, f"parameter `{name}`", param=kwarg, path=(WHOLE,), named=True)}))
        # `*args`, at the position past the parameters: its secret markers only, for the
        # messages it reaches (def debug(msg, *args): log.debug(msg, *args)), as **kwargs'
        starred = len(params) if isinstance(node.params.star_arg, cst.Param) else None
        if starred is not None:
            name = node.params.star_arg.name.value
            env.set(name, frozenset({Label(SECRET, f"parameter `{name}`", param=starred),
                                     Label(SECRET, f"parameter `{name}`", param=starred, path=(WHOLE,), named=True)}))
        interpreter = SummaryInterpreter(self)
        interpreter.known_truth = dict(known)
        interpreter.key_reads = self.key_reads(node) if self.enabled("MR020") or self.enabled("MR021") else {}
        if method:
            interpreter.class_attributes = attributes if attributes is not None else self.class_attributes[-1]
        self._receivers.append(self._receiver_classes(node))
        try:
            interpreter.run_function(node, env)
        finally:
            self._receivers.pop()
        returns = _returned_labels(interpreter.returns, params, kwarg, starred)
        shapes = {len(p) if p is not None else None for p in interpreter.return_parts}
        parts = None
        if len(shapes) == 1 and None not in shapes:  # every return a tuple of one length
            width = shapes.pop()
            parts = tuple(_returned_labels([p[i] for p in interpreter.return_parts], params, kwarg, starred)
                          for i in range(width))
        checks = set()
        if interpreter.raises:
            for name, marker in zip(params, markers):
                if all(marker not in (e.get(name) or EMPTY) for e in interpreter.exits):
                    checks.add(marker.param)
        values = interpreter.return_values
        predicate = bool(values) and all(is_verdict(v, self.model.validators) for v in values)
        return Summary(
            frozenset(returns),
            frozenset(checks),
            predicate,
            tuple(params),
            frozenset(interpreter.sinks),
            never_returns=interpreter.raises and not interpreter.exits,
            messages=frozenset(interpreter.messages),
            message_places=interpreter.message_places or None,
            whole_messages=frozenset(interpreter.whole_messages),
            quoting_messages=frozenset(q for q in interpreter.quoting_messages
                                       if q[:2] not in interpreter.plain_messages),
            requested_messages=frozenset(q[:2] for q in interpreter.quoting_messages),
            field_messages=interpreter.field_messages or None,
            kwarg=(kwarg, node.params.star_kwarg.name.value) if kwarg is not None else None,
            star=(starred, node.params.star_arg.name.value,
                  len(node.params.posonly_params) + len(node.params.params)) if starred is not None else None,
            url_errors=frozenset(l for l in interpreter.keyed_requests if l.param is None),
            url_error_params=frozenset(l.param for l in interpreter.keyed_requests
                                       if l.param is not None and l.param < len(params)),
            env_param=self._env_parameter(node, values, params),
            parts=parts,
            param_reads=frozenset((index, field) for index, name in enumerate(params)
                                  for field in interpreter.key_reads.get(name, ())),
        )

    # -- reports ------------------------------------------------------------------------
    def emit(
        self, code: str, node: cst.CSTNode, message: str, fix: Optional[FixSpec], at: Optional[Interpreter],
        related: tuple = (), place: Optional[tuple] = None,
    ) -> None:
        """place: (statement, top-level statement) of a node that is not where the
        interpreter `at` stands (a wrapper's sink, reported for its call site)."""
        key = (code, id(node))
        if key in self.reported or not self.enabled(code):
            return
        self.reported.add(key)
        statement, top = place if place is not None else (at.current, at.top)
        self.report(
            code, node, message, fix=fix, snippet=f"{code}:{message[:60]}", statement=statement, top=top,
            related=related,
        )


class SummaryInterpreter(MessageSummary, LoopGuards, Interpreter):
    def __init__(self, rule: FlowRules) -> None:
        super().__init__(rule.names, rule.vocab, rule.sdk, rule.model, rule.summaries)
        self.rule = rule
        self.facts = rule.facts
        self.return_values: list = []
        self.sinks: set[tuple[int, str, str]] = set()  # (parameter position, method, SDK parameter)
        self.messages: set[tuple[int, str]] = set()  # (parameter position, MR020/MR021)
        self.message_places: dict = {}  # (parameter position, rule) -> (sink node, statement)
        self.whole_messages: set[tuple[int, str]] = set()
        self.quoting_messages: set[tuple[int, str, str]] = set()  # (see Summary.quoting_messages)
        self.plain_messages: set[tuple[int, str]] = set()  # (and the others)
        self.field_messages: dict = {}  # (parameter position, rule, fields) -> (sink node, statement)

    def on_call(self, node: cst.Call, name, receiver, args, env: Env) -> None:
        for _, parameter, method, labels in sink_arguments(self, node, name, receiver, args):
            for position in parameters_in(kinds(labels, UNTRUSTED)):
                self.sinks.add((position, method, parameter))
        self.note_message_call(node, name, args)

    def on_return(self, node: cst.Return, labels, env: Env) -> None:
        if node.value is not None:
            self.return_values.append(node.value)


class _StoreReader(SummaryInterpreter):
    """Runs a function for what it stores into the module's structures `names` by a
    subscript (see module_structures): the secrets so put there."""

    def __init__(self, rule: FlowRules, names: frozenset) -> None:
        super().__init__(rule)
        self.stored_into = names
        self.held: dict[str, frozenset] = {}

    def bind(self, target, labels, env, value) -> None:
        super().bind(target, labels, env, value)
        kind = type(target)
        # (_KEYS[name] = value; and ctx.obj = {...}, then a field of it: ctx.obj["k"] = key;
        # and a global the function declares, bound whole: CFG = {"openai": key})
        name = dotted_name(target.value) if kind is cst.Subscript else dotted_name(target) if kind is cst.Attribute \
            else target.value if kind is cst.Name else None
        if name in self.stored_into:
            held = frozenset(l for l in (env.get(name) or EMPTY) if l.kind in (SECRET, MAYBE_SECRET))
            if held:
                self.held[name] = self.held.get(name, EMPTY) | held


class SinkInterpreter(InputSinks, MessageSinks, LoopGuards, Interpreter):
    """Reports where labelled values reach the rules' sinks."""

    def __init__(self, rule: FlowRules) -> None:
        super().__init__(rule.names, rule.vocab, rule.sdk, rule.model, rule.summaries)
        self.rule = rule
        self.facts = rule.facts
        self.quiet = 0  # evaluating for a fix: no reports
        self.inputs = rule.enabled("MR010")
        self.message_return = False  # its returns are an exception's message (__str__)
        self.local_loggers: set[str] = set()  # loggers the function makes (MessageSinks.bind)
        self.bound_values: dict = {}  # name -> the value it was last bound to (MessageSinks.bind)

    def labels(self, node, env: Env) -> frozenset:
        self.quiet += 1
        try:
            return self.expr(node, env)
        finally:
            self.quiet -= 1

    def on_call(self, node: cst.Call, name, receiver, args, env: Env) -> None:
        if self.quiet:
            return
        if self.inputs:  # (MR010's sinks: not looked for where it cannot report)
            self.check_input_sinks(node, name, receiver, args)
        self.check_message_sinks(node, name, env)


def _hidden_options(node: cst.FunctionDef, namer) -> set:
    """The parameters of a command that its decorators declare typed in hidden:
    `@click.option("--api-key", "-k", hide_input=True)` gives `api_key` (click names the
    parameter after the longest option, dashes as underscores, or after a bare name)."""
    out = set()
    for decorator in node.decorators:
        call = decorator.decorator
        if type(call) is not cst.Call or not namer.asks_hidden_input(call):
            continue
        names = [v for v in (literal_value(a.value) for a in call.args if a.keyword is None) if isinstance(v, str)]
        bare = [n for n in names if n.isidentifier()]
        if bare:
            out.add(bare[0])
        elif names:
            out.add(max(names, key=len).lstrip("-").replace("-", "_"))
    return out


def _hidden_callbacks(module, namer) -> frozenset:
    """Functions of the module given as the callback of an option typed in hidden
    (`click.option("--key", hide_input=True, callback=_validate_key)`): click hands them
    the value typed."""
    out = set()
    for function in module.body:  # (options stand in a command's decorators or defaults)
        if type(function) is not cst.FunctionDef:
            continue
        params = function.params
        for call in (*(d.decorator for d in function.decorators),
                     *(p.default for p in (*params.params, *params.kwonly_params))):
            if type(call) is cst.Call and namer.asks_hidden_input(call):
                for arg in call.args:
                    if arg.keyword is not None and arg.keyword.value == "callback" and type(arg.value) is cst.Name:
                        out.add(arg.value.value)
    return frozenset(out)


def _returned_names(node: cst.FunctionDef) -> frozenset:
    """The plain names a function's own return statements give (not its nested
    functions')."""
    out = set()
    stack = [node.body]
    while stack:
        current = stack.pop()
        kind = type(current)
        if kind is cst.FunctionDef or kind is cst.ClassDef or kind is cst.Lambda:
            continue
        if kind is cst.Return and type(current.value) is cst.Name:
            out.add(current.value.value)
        elif isinstance(current, (cst.BaseStatement, cst.BaseSuite, cst.ExceptHandler, cst.BaseSmallStatement)) \
                or kind in (cst.Else, cst.Finally):
            stack.extend(child_nodes(current))
    return frozenset(out)


def _subtree(node) -> Iterator:
    """Every node of the subtree (none for None)."""
    return descendants(node) if node is not None else iter(())
