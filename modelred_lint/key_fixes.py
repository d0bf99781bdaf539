"""The key rules' environment fixes, decided for the whole file at once.

MR001-MR004 report literals as they meet them, but which variable a fix reads depends
on every other key of the file (two different keys must not read one variable, the
same key twice reads one), so their reports that carry an environment fix wait here
until the walk is over (`request`), and `flush` (each rule's leave_Module) names the
variables (env_names.decide), builds the fixes and files the reports, messages naming
the variable the fix reads.

Where the lookup goes depends on where the literal stands (`Site`):
- a parameter default becomes `None` (the annotation Optional) and the body reads the
  variable: a default is evaluated at import, and shown by help() and IDEs;
- a dataclass, attrs or pydantic field default becomes a default factory;
- `os.environ.get("X") or "key"` / `os.environ.get("X", "key")` become `os.environ["X"]`;
- inside an f-string, the lookup's quotes differ from every enclosing f-string's
  (Python before 3.12 cannot reuse them), and where no quote is left there is no fix;
- a lambda's default, a key in a format spec: no fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional

from modelred_lint import env_names
from modelred_lint.fix_builders import (
    Import,
    LineAfter,
    LineBefore,
    Within,
    embedded_text,
    env_fix,
    is_bytes,
    lookup_text,
)
from modelred_lint.lazy import cst
from modelred_lint.names import dotted_name, is_docstring, literal_value
from modelred_lint.node_walk import FieldPlan, leaf_types, node_types_but, trivia_types
from modelred_lint.rule import FixSpec

_FIELD_FUNCTIONS = {
    "dataclasses.field": "default_factory",
    "attr.ib": "factory",
    "attr.attrib": "factory",
    "attrs.field": "factory",
    "pydantic.Field": "default_factory",
    "pydantic.fields.Field": "default_factory",
    "sqlmodel.Field": "default_factory",
}
_ENV_TEMPLATE = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?|%([A-Za-z_][A-Za-z0-9_]*)%")
_ATTRS_DECORATORS = {"s", "attrs", "define", "frozen", "mutable"}
_PYDANTIC_BASES = {"BaseModel", "BaseSettings", "SQLModel", "GenericModel"}


@dataclass
class Request:
    order: int
    rank: int
    node: cst.CSTNode  # the literal (or the f-string text part) holding the key
    secret: str  # the key's text
    standard: Optional[str]  # the provider's variable (None: name it after its target)
    value: str  # the literal's whole value
    # Files the report: (variable, fix, statement, top-level statement) -> None.
    emit: Callable[[str, Optional[FixSpec], Optional[cst.CSTNode], Optional[cst.CSTNode]], None]
    statement: Optional[cst.CSTNode] = None
    top: Optional[cst.CSTNode] = None


@dataclass
class Site:
    """Where a literal stands, as far as its fix is concerned."""

    segments: list[str] = field(default_factory=list)  # what its target says
    owner: Optional[str] = None  # a name the code already ties it to
    scope: tuple[str, ...] = ()
    anchor: Optional[cst.CSTNode] = None  # what the new expression replaces
    fallback_env: Optional[str] = None  # os.environ.get("X") or "key": X
    param: Optional[tuple] = None  # (Param, FunctionDef)
    no_fix: bool = False
    field_kind: Optional[str] = None  # dataclass | attrs | pydantic
    field_call: Optional[tuple] = None  # (Arg, keyword the factory takes) of field(default=...)
    fstring_quotes: set = field(default_factory=set)  # quote characters the lookup may not use


def plan_for(ctx) -> "KeyFixPlan":
    """The file's plan, shared by the key rules (kept on the walk's context)."""
    plan = getattr(ctx, "_key_fix_plan", None)
    if plan is None:
        plan = KeyFixPlan(ctx)
        ctx._key_fix_plan = plan
    return plan


class KeyFixPlan:
    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.requests: list[Request] = []
        self.flushed = False

    def request(self, rule, code: str, node, secret: str, value: str, standard: Optional[str], emit) -> None:
        stack = self.ctx.statements
        rank = self.ctx.catalogue.rule(code).claim_rank or 99
        self.requests.append(
            Request(
                len(self.requests), rank, node, secret, standard, value, emit,
                stack[-1] if stack else None, stack[0] if stack else None,
            )
        )

    # -- once the walk is over ---------------------------------------------------------
    def flush(self, module: cst.Module) -> None:
        if self.flushed:
            return
        self.flushed = True
        if not self.requests:
            return
        self.module = module
        self.parents, self.nodes = _parents(module)
        self._bound_by_name: dict[str, list] = {}  # (see _bindings)
        self.sdk = self.ctx.knowledge.sdk
        self.aliases = _top_level_aliases(module)
        sites = {}
        for r in self.requests:
            whole = r.secret == r.value
            site = self._site(r.node, whole)
            if not whole or isinstance(r.node, cst.FormattedStringText):
                # A key inside a longer text: the binding names the text, not the key;
                # a label just before the key may name it (`MODELRED_API_KEY=mr_...`).
                label = _label(r.value[: max(r.value.find(r.secret), 0)])
                site.segments = [label] if label else []
                site.owner = None
            sites[(id(r.node), r.secret)] = site
        names = self._names(sites)
        for request in self.requests:
            env = names[request.secret]
            fix = self._fix(request, sites[(id(request.node), request.secret)], env, names)
            request.emit(env, fix, request.statement, request.top)

    # -- naming ----------------------------------------------------------------------------
    def _names(self, sites) -> dict[str, str]:
        wishes: dict[str, env_names.Wish] = {}
        by_secret: dict[str, list[Request]] = {}
        for request in self.requests:
            by_secret.setdefault(request.secret, []).append(request)
        templates = {}
        for secret, group in by_secret.items():
            template = _ENV_TEMPLATE.fullmatch(group[0].value)
            if template is not None:  # "${MODELRED_API_KEY}": the variable it names
                templates[secret] = template.group(1) or template.group(2)
                continue
            standard = next((r.standard for r in sorted(group, key=lambda r: (r.rank, r.order)) if r.standard), None)
            best = None
            for request in sorted(group, key=lambda r: r.order):
                site = sites[(id(request.node), request.secret)]
                if site.fallback_env:
                    candidate = (site.fallback_env, True, True)
                else:
                    aliases = [p for p, env in self.sdk.provider_env.items() if env == standard]
                    name, is_standard = env_names.preferred_name(site.segments, standard, aliases)
                    owns = site.owner is not None and env_names.env_name(env_names.words_of([site.owner])) == name
                    candidate = (name, owns, not is_standard)
                # A target that says something beats one that does not; an owner beats both.
                if best is None or (candidate[1], candidate[2]) > (best[0][1], best[0][2]):
                    best = (candidate, site, request)
            (name, owns, _), site, request = best
            wishes[secret] = env_names.Wish(secret, min(r.order for r in group), name, owns, site.scope)
        # Names the module binds to something else, and variables it already reads for
        # something else: taking them would make two different values look like one.
        reserved = frozenset(_module_bound_names(self.module)) | frozenset(self._env_reads())
        # A module-level binding of a secret's own target is its, not someone else's.
        owned = {w.preferred for w in wishes.values() if w.owns}
        return {**env_names.decide(list(wishes.values()), reserved - owned), **templates}

    # -- where the literal stands -------------------------------------------------------
    def _site(self, node: cst.CSTNode, whole_key: bool) -> Site:
        site = Site(anchor=node)
        parents = self.parents
        cur = node
        keys: list[str] = []
        holder: list[str] = []
        parent = None
        # Up through what only wraps the value (and what only chooses between values).
        while True:
            parent = parents.get(id(cur))
            if parent is None:
                break
            if isinstance(parent, cst.ConcatenatedString) or (
                isinstance(parent, cst.BinaryOperation) and isinstance(parent.operator, cst.Add)
            ):
                cur = parent
                continue
            if isinstance(parent, cst.FormattedString):
                site.fstring_quotes.update(parent.end[:1])
                cur = parent
                continue
            if isinstance(parent, cst.FormattedStringExpression):
                if cur is not parent.expression:  # a format spec
                    site.no_fix = True
                cur = parent
                continue
            fallback = whole_key and not isinstance(node, cst.FormattedStringText) and site.fallback_env is None
            if isinstance(parent, cst.BooleanOperation) and isinstance(parent.operator, cst.Or):
                if fallback and cur is parent.right and cur is node:
                    env = _env_read(parent.left, self.aliases)
                    if env is not None:  # os.environ.get("X") or "key": X, and no fallback
                        site.fallback_env, site.anchor = env, parent
                    elif isinstance(parent.left, cst.Name):  # token or "key", token read from X
                        site.fallback_env = self._env_bound(parent.left.value, parent)
                cur = parent
                continue
            if isinstance(parent, cst.Arg) and fallback and cur is node and (
                    parent.keyword is None or parent.keyword.value == "default"):
                call = parents.get(id(parent))
                env = _env_default_read(call, self.aliases) if isinstance(call, cst.Call) else None
                if env is not None and call.args[1] is parent:
                    site.fallback_env, site.anchor = env, call
                    cur = call
                    continue
                env = _env_write(call, self.aliases) if isinstance(call, cst.Call) else None
                if env is not None and call.args[1] is parent:
                    # os.environ.setdefault("X", "key"): the value of X, nobody else's.
                    site.fallback_env = env
            if isinstance(parent, cst.Arg) and cur is site.anchor and site.field_call is None:
                call = parents.get(id(parent))
                qualname = self._qualname(call.func) if isinstance(call, cst.Call) else None
                factory = _FIELD_FUNCTIONS.get(qualname or "")
                keyword = parent.keyword.value if parent.keyword is not None else None
                positional = keyword is None and call.args[0] is parent and (qualname or "").endswith(".Field")
                if factory and (keyword == "default" or positional):
                    # field(default="key"): the field's own name names it.
                    site.field_call = (parent, factory)
                    cur = call
                    continue
            if isinstance(parent, (cst.IfExp, cst.Element, cst.List, cst.Tuple, cst.Set, cst.Dict)):
                cur = parent
                continue
            if isinstance(parent, cst.DictElement) and cur is parent.value:
                key = literal_value(parent.key)
                if key:
                    keys.insert(0, key)
                cur = parent
                continue
            break
        # The literal (or the fallback) is the whole value its holder holds.
        whole = cur is site.anchor or (site.field_call is not None and cur is parents.get(id(site.field_call[0])))
        if isinstance(parent, cst.Arg):
            if parent.keyword is not None and not self._sdk_parameter(parent.keyword.value):
                holder = [parent.keyword.value]
        elif isinstance(parent, (cst.Assign, cst.AnnAssign)) and cur is parent.value:
            target = parent.targets[0].target if isinstance(parent, cst.Assign) else parent.target
            holder = _target_segments(target)
            if whole_key and isinstance(target, cst.Subscript) and self._qualname(target.value) == "os.environ" and holder:
                site.fallback_env = holder[-1]  # os.environ["X"] = "key": the value of X
            statement = parents.get(id(parent))
            container = parents.get(id(statement))
            if isinstance(target, cst.Name) and isinstance(container, cst.Module):
                site.owner = target.value
            klass = parents.get(id(container)) if isinstance(container, cst.IndentedBlock) else None
            if isinstance(parent, cst.AnnAssign) and isinstance(klass, cst.ClassDef) and site.field_call is None:
                site.field_kind = self._field_kind(klass)
                if site.field_kind == "namedtuple" or (site.field_kind and not whole):
                    site.no_fix = True  # no factory there, or the default would still read it
        elif isinstance(parent, cst.Param) and cur is parent.default:
            holder = [parent.name.value]
            function = parents.get(id(parents.get(id(parent))))
            if isinstance(function, cst.FunctionDef) and whole:
                site.param = (parent, function)
            else:
                site.no_fix = True  # a lambda's default, or a default that would still read it
        site.segments = keys if len(keys) >= 2 else holder + keys
        site.scope = _scope(node, parents)
        return site

    def _env_reads(self):
        """Every variable the file reads by name: os.environ["X"], .get("X"), getenv("X")."""
        call, subscript = cst.Call, cst.Subscript
        for node in self.nodes:
            kind = type(node)  # (exact types: isinstance on LibCST's classes costs more)
            if kind is call and node.args:
                env = _env_call_name(node, self.aliases)
                if env:
                    yield env
            elif kind is subscript and self._qualname(node.value) == "os.environ" and len(node.slice) == 1:
                index = node.slice[0].slice
                if isinstance(index, cst.Index):
                    env = literal_value(index.value)
                    if env:
                        yield env

    def _env_bound(self, name: str, where) -> Optional[str]:
        """The variable a name was read from: `token = os.environ.get("X", "")` as the
        one binding of `token` in the function (or module) where it is used."""
        scope = where
        while scope is not None and not isinstance(scope, (cst.FunctionDef, cst.Module)):
            scope = self.parents.get(id(scope))
        if scope is None:
            return None
        found = [node for node in self._bindings(name) if self._holds(scope, node)]
        if len(found) != 1 or type(found[0]) not in (cst.Assign, cst.AnnAssign):
            return None
        value = found[0].value
        if isinstance(value, cst.Call) and value.args:
            return _env_call_name(value, self.aliases)
        return None

    def _bindings(self, name: str) -> list:
        """The assignments, anywhere in the file (nested functions and classes too), that
        bind `name` as a plain name: read off the file's node list once per name, not by
        a walk of the scope's whole tree (white space included) at each fallback."""
        found = self._bound_by_name.get(name)
        if found is None:
            found = self._bound_by_name[name] = []
            assign, single = cst.Assign, (cst.AnnAssign, cst.AugAssign, cst.NamedExpr)
            for node in self.nodes:
                kind = type(node)
                if kind is assign:
                    targets = [t.target for t in node.targets]
                elif kind in single:
                    targets = [node.target]
                else:
                    continue
                if any(type(t) is cst.Name and t.value == name for t in targets):
                    found.append(node)
        return found

    def _holds(self, scope, node) -> bool:
        """Is node under scope (or scope itself)?"""
        if scope is self.module:
            return True
        parents = self.parents
        while node is not None:
            if node is scope:
                return True
            node = parents.get(id(node))
        return False

    def _sdk_parameter(self, name: str) -> bool:
        sdk = self.sdk
        return name in sdk.key_parameters or name in sdk.config_parameters

    def _qualname(self, node) -> Optional[str]:
        dotted = dotted_name(node)
        if dotted is None:
            return None
        head, _, rest = dotted.partition(".")
        target = self.aliases.get(head, head)
        return f"{target}.{rest}" if rest else target

    def _field_kind(self, klass: cst.ClassDef) -> Optional[str]:
        for decorator in klass.decorators:
            expr = decorator.decorator
            if isinstance(expr, cst.Call):
                expr = expr.func
            qualname = self._qualname(expr) or ""
            last = qualname.rsplit(".", 1)[-1]
            if qualname.startswith(("attr.", "attrs.")) or (last in _ATTRS_DECORATORS and qualname.startswith("attr")):
                return "attrs"
            if last == "dataclass":
                return "dataclass"
        for base in klass.bases:
            qualname = self._qualname(base.value) or ""
            last = qualname.rsplit(".", 1)[-1]
            if last in _PYDANTIC_BASES or self._pydantic_class(last):
                return "pydantic"
            if last in ("NamedTuple", "TypedDict"):
                return "namedtuple"
        return None

    def _pydantic_class(self, name: str, seen=frozenset()) -> bool:
        """A class of this file that derives from a pydantic model."""
        for statement in self.module.body:
            if isinstance(statement, cst.ClassDef) and statement.name.value == name and name not in seen:
                for base in statement.bases:
                    last = (dotted_name(base.value) or "").rsplit(".", 1)[-1]
                    if last in _PYDANTIC_BASES or self._pydantic_class(last, seen | {name}):
                        return True
        return False

    # -- the fix -------------------------------------------------------------------------------
    def _environ(self) -> tuple[str, tuple]:
        for local, target in self.aliases.items():
            if target == "os":
                return f"{local}.environ", ()
        for local, target in self.aliases.items():
            if target == "os.environ":
                return local, ()
        return "os.environ", (Import("os"),)

    def _fix(self, request: Request, site: Site, env: str, names: dict[str, str]) -> Optional[FixSpec]:
        if site.no_fix or site.anchor is None or _ENV_TEMPLATE.fullmatch(request.value):
            # "${MODELRED_API_KEY}" names a variable, it holds no key: code that passes
            # it on purpose (a test that the SDK refuses it) keeps it.
            return None
        environ, imports = self._environ()
        quote = next((q for q in ('"', "'") if q not in site.fstring_quotes), None)
        if quote is None:
            return None  # inside f-strings that use both quotes: no lookup can be written
        lookup = lookup_text(environ, env, quote)
        node = request.node
        description = f"Read the value from {lookup}"
        if isinstance(node, cst.FormattedStringText):
            if site.param or site.field_kind or site.field_call:
                return None
            start = node.value.find(request.secret)
            if start < 0:
                return None
            return env_fix(description, [(Within(node, start, start + len(request.secret)), "{" + lookup + "}")], imports)
        as_bytes = is_bytes(node)
        if site.fallback_env is not None:
            if as_bytes:
                return None
            expr = lookup
        elif request.secret == request.value:
            expr = lookup + (".encode()" if as_bytes else "")
        else:
            # Every key of the literal in one fix (identical for each of its findings).
            suffix = ".encode()" if as_bytes else ""
            keys = sorted(
                {r.secret for r in self.requests if r.node is node and r.secret != r.value},
                key=lambda secret: request.value.find(secret),
            )
            expr = embedded_text(
                node, request.value, [(k, lookup_text(environ, names[k], quote) + suffix) for k in keys], as_bytes
            )
            if expr is None:
                return None
            outside = expr
            for key in keys:  # what the expression holds besides the lookups
                outside = outside.replace(lookup_text(environ, names[key], quote), "")
            if site.fstring_quotes and ("\\" in expr or any(q in outside for q in site.fstring_quotes)):
                return None  # before 3.12 an f-string expression holds neither
        anchor = site.anchor
        if site.param is not None:
            return self._param_fix(site, expr, description, imports)
        if site.field_call is not None:
            arg, factory = site.field_call
            if arg.keyword is not None:
                replacements = [(arg.keyword, factory), (anchor, f"lambda: {expr}")]
            else:
                replacements = [(anchor, f"{factory}=lambda: {expr}")]
            return env_fix(description, replacements, imports)
        if site.field_kind in ("dataclass", "attrs", "pydantic"):
            function, extra = self._field_function(site.field_kind)
            factory = "factory" if site.field_kind == "attrs" else "default_factory"
            return env_fix(description, [(anchor, f"{function}({factory}=lambda: {expr})")], imports + extra)
        return env_fix(description, [(anchor, expr)], imports)

    def _field_function(self, kind: str) -> tuple[str, tuple]:
        wanted = {
            "dataclass": (("dataclasses.field",), "dataclasses", "field"),
            "attrs": (("attrs.field", "attr.ib", "attr.attrib"), None, None),
            "pydantic": (("pydantic.Field", "pydantic.fields.Field"), "pydantic", "Field"),
        }[kind]
        qualnames, module, name = wanted
        for local, target in self.aliases.items():
            if target in qualnames:
                return local, ()
        for local, target in self.aliases.items():
            if kind == "attrs" and target in ("attrs", "attr"):
                return f"{local}.{'field' if target == 'attrs' else 'ib'}", ()
            if target == module:
                return f"{local}.{name}", ()
        if kind == "attrs":
            return "attrs.field", (Import("attrs"),)
        return name, (Import(module, name),)

    def _param_fix(self, site: Site, expr: str, description: str, imports: tuple) -> Optional[FixSpec]:
        param, function = site.param
        name = param.name.value
        replacements = [(param.default, "None")]
        if param.annotation is not None:
            annotation = param.annotation.annotation
            optional, extra = self._optional(annotation)
            if optional is not None:
                replacements.append((annotation, optional))
                imports = imports + extra
        statement = f"{name} = {name} if {name} is not None else {expr}"
        body = function.body
        if isinstance(body, cst.SimpleStatementSuite):
            replacements.append((LineBefore(body.body[0], inline=True), statement))
        else:
            first = body.body[0]
            if is_docstring(first):
                if len(body.body) > 1:
                    replacements.append((LineBefore(body.body[1]), statement))
                else:
                    replacements.append((LineAfter(first), statement))
            else:
                replacements.append((LineBefore(first), statement))
        return env_fix(description, replacements, imports)

    def _optional(self, annotation) -> tuple[Optional[str], tuple]:
        """`str` -> `Optional[str]` or `str | None`, as the file writes optionals; None
        where the annotation already admits None."""
        text = self.module.code_for_node(annotation)
        if "None" in text or "Optional" in text or text in ("Any", "typing.Any", "object"):
            return None, ()
        for local, target in self.aliases.items():
            if target == "typing.Optional":
                return f"{local}[{text}]", ()
        if not isinstance(annotation, cst.SimpleString) and (self._future_annotations() or "| None" in self._code()):
            return f"{text} | None", ()
        for local, target in self.aliases.items():
            if target == "typing":
                return f"{local}.Optional[{text}]", ()
        return f"Optional[{text}]", (Import("typing", "Optional"),)

    def _code(self) -> str:
        code = getattr(self, "_module_code", None)
        if code is None:
            code = self._module_code = self.module.code
        return code

    def _future_annotations(self) -> bool:
        return self.aliases.get("annotations") == "__future__.annotations"


# -- helpers on the tree -----------------------------------------------------------------------


def _label(before: str) -> Optional[str]:
    """The name a text gives what follows it: `MODELRED_API_KEY=`, `"api_key": "`."""
    text = before.rstrip(" \t\"'")
    if not text.endswith(("=", ":")):
        return None
    text = text[:-1].rstrip(" \t\"'")
    start = len(text)
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_") and text[start - 1].isascii():
        start -= 1
    name = text[start:]
    return name if name and not name[0].isdigit() else None


_HOLDERS: Optional[frozenset] = None
_HOLDER_PLAN: Optional[FieldPlan] = None


def _holders() -> frozenset:
    """The node types that can hold an expression: all but white space, comments,
    punctuation and the leaves (operators, names, numbers: never an ancestor of a
    literal, never an environment read). Computed on first use (LibCST is loaded
    lazily)."""
    global _HOLDERS
    if _HOLDERS is None:
        _HOLDERS = node_types_but(trivia_types(), leaf_types())
    return _HOLDERS


def _parents(module: cst.Module) -> tuple[dict[int, cst.CSTNode], list[cst.CSTNode]]:
    """Each node's parent, and every node, for the nodes that can hold a literal (the
    rest, half of a tree and more, is white space and punctuation): one walk, for files
    with a key to fix (each node's fields read once; a node is known by its exact type,
    cheaper than isinstance)."""
    global _HOLDER_PLAN
    wanted = _holders()
    if _HOLDER_PLAN is None:
        _HOLDER_PLAN = FieldPlan(wanted)
    fields = _HOLDER_PLAN.fields  # (not the white space and punctuation fields: none holds one)
    parents: dict[int, cst.CSTNode] = {}
    nodes: list[cst.CSTNode] = []
    stack: list = [module]
    while stack:
        node = stack.pop()
        nodes.append(node)
        for name in fields(type(node)):
            value = getattr(node, name)
            kind = type(value)
            if kind in wanted:
                parents[id(value)] = node
                stack.append(value)
            elif kind is tuple or kind is list:
                for item in value:
                    if type(item) in wanted:
                        parents[id(item)] = node
                        stack.append(item)
    return parents, nodes


def _env_read(node, aliases) -> Optional[str]:
    """`os.environ.get("X")` / `os.getenv("X")` (one argument): X."""
    if isinstance(node, cst.Call) and len(node.args) == 1:
        return _env_call_name(node, aliases)
    return None


# The calls that read an environment variable by its name, with a default second; and
# those that write one, its value second.
ENV_READS = frozenset({"os.environ.get", "os.getenv"})
ENV_WRITES = frozenset({"os.environ.setdefault", "os.putenv"})


def _env_write(call, aliases) -> Optional[str]:
    """`os.environ.setdefault("X", value)` / `os.putenv("X", value)`: X."""
    dotted = dotted_name(call.func)
    if dotted is None or len(call.args) != 2 or call.args[0].keyword is not None:
        return None
    head, _, rest = dotted.partition(".")
    target = aliases.get(head)
    if (f"{target}.{rest}" if target and rest else target) not in ENV_WRITES:
        return None
    env = literal_value(call.args[0].value)
    return env if env and env.replace("_", "").isalnum() else None


def _env_default_read(call, aliases) -> Optional[str]:
    """`os.environ.get("X", default)` / `os.getenv("X", default)` (or `default=`): X."""
    if len(call.args) == 2 and (call.args[1].keyword is None or call.args[1].keyword.value == "default"):
        return _env_call_name(call, aliases)
    return None


def _env_call_name(call, aliases) -> Optional[str]:
    dotted = dotted_name(call.func)
    if dotted is None or call.args[0].keyword is not None or call.args[0].star:
        return None
    head, _, rest = dotted.partition(".")
    target = aliases.get(head, None)
    qualified = f"{target}.{rest}" if target and rest else target
    if qualified not in ENV_READS:
        return None
    env = literal_value(call.args[0].value)
    return env if env and env.replace("_", "").isalnum() else None


def _target_segments(target) -> list[str]:
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, cst.Attribute):
        return [target.attr.value]
    if isinstance(target, cst.Subscript) and len(target.slice) == 1:
        index = target.slice[0].slice
        if isinstance(index, cst.Index):
            key = literal_value(index.value)
            if key:
                base = target.value
                inner = _target_segments(base) if isinstance(base, cst.Subscript) else []
                if inner:
                    return inner + [key]
                if isinstance(base, cst.Name) and base.value != "environ":
                    return [base.value, key]
                return [key]
    return []


def _scope(node, parents) -> tuple[str, ...]:
    names = []
    cur = parents.get(id(node))
    while cur is not None:
        if isinstance(cur, cst.FunctionDef):
            name = cur.name.value
            if not (name.startswith("__") and name.endswith("__")):
                names.append(name)
        elif isinstance(cur, cst.ClassDef):
            names.append(cur.name.value)
        cur = parents.get(id(cur))
    return tuple(reversed(names))


def _imported(small) -> Iterator[tuple[str, Optional[str]]]:
    """(local name, what it imports) for an import statement: `import a.b` binds `a`
    (to `a`), `import a.b as c` binds `c` to `a.b`, `from m import x as y` binds `y` to
    `m.x`; a relative import's target is None (its module is not known here)."""
    if isinstance(small, cst.Import):
        for alias in small.names:
            full = dotted_name(alias.name) or ""
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                yield alias.asname.name.value, full
            else:
                yield full.split(".")[0], full.split(".")[0]
    elif isinstance(small, cst.ImportFrom) and not isinstance(small.names, cst.ImportStar):
        module_name = dotted_name(small.module) if small.module is not None and not small.relative else None
        for alias in small.names:
            name = alias.name.value if isinstance(alias.name, cst.Name) else dotted_name(alias.name)
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                local = alias.asname.name.value
            elif isinstance(alias.name, cst.Name):
                local = alias.name.value
            else:
                continue
            yield local, f"{module_name}.{name}" if module_name else None


def _top_level_aliases(module: cst.Module) -> dict[str, str]:
    """Local name -> what it imports, from the module's own top-level imports (a name
    imported inside a function is not visible where a module-level fix reads it)."""
    aliases: dict[str, str] = {}
    for statement in module.body:
        if isinstance(statement, cst.SimpleStatementLine):
            for small in statement.body:
                for local, full in _imported(small):
                    if full is not None:
                        aliases[local] = full  # (a later import rebinds the name, as Python does)
    return aliases


def _module_bound_names(module: cst.Module):
    """Names the module binds at its top level (imports, assignments)."""
    for statement in module.body:
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if isinstance(small, (cst.Import, cst.ImportFrom)):
                yield from (local for local, _ in _imported(small))
            elif isinstance(small, cst.Assign):
                for target in small.targets:
                    if isinstance(target.target, cst.Name):
                        yield target.target.value
            elif isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                yield small.target.value
