"""A small, exact dataflow core: where a value inside one function comes from.

Flow-sensitive and intra-procedural. Statements are interpreted in order over an
environment that maps names (and dotted attribute paths) to labels: untrusted input,
secrets, caught SDK errors, SDK clients, and a function's own parameters (for
summaries). Branches are interpreted separately and joined; a branch that always
leaves (raise, return, continue, break) does not reach the join, which is how a guard
(`if not valid(x): raise`) cleans every use it dominates. Loops run twice. A call's
result carries its arguments' labels unless the call sanitises or redacts.

Rules subclass Interpreter and override the sink hooks (on_call, on_raise, on_return).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Iterable, Mapping, Optional, Sequence

import libcst as cst

from modelred_lint.flow_model import DataflowModel, matches
from modelred_lint.names import NameTracker, dotted_name, literal_value, subclasses

UNTRUSTED, SECRET, SDK_ERROR, CLIENT, PARAM = "untrusted", "secret", "sdk-error", "client", "param"
# A name that is a secret's only in some code (a bare `token`: an auth token, or a
# parser's or a model's): reported only where the message's own words say it is one.
MAYBE_SECRET = "maybe-secret"
SECRETS = (SECRET, MAYBE_SECRET)


@dataclass(frozen=True)
class Label:
    kind: str
    what: str  # said in messages: "request data", "`api_key`", "parameter 0"


Labels = frozenset  # of Label
EMPTY: frozenset = frozenset()


def kinds(labels: Iterable[Label], kind: str) -> list[Label]:
    """The labels of one kind, in a fixed order (messages must not depend on the
    hash seed)."""
    return sorted((label for label in labels if label.kind == kind), key=lambda l: l.what)


_EXPRESSIONS = subclasses(cst.BaseExpression)


def _parts(node: cst.CSTNode):
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        if isinstance(value, (tuple, list)):
            yield from value
        else:
            yield value


def last_name(node: cst.BaseExpression) -> Optional[str]:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return node.attr.value
    return None


def target_keys(node: cst.BaseExpression) -> list[str]:
    """The environment keys an assignment target binds."""
    if isinstance(node, (cst.Name, cst.Attribute)):
        key = dotted_name(node)
        return [key] if key else []
    if isinstance(node, (cst.Tuple, cst.List)):
        return [k for e in node.elements for k in target_keys(e.value)]
    if isinstance(node, cst.StarredElement):
        return target_keys(node.value)
    return []


@dataclass
class Summary:
    """What a function of this module does, for its call sites."""

    returns: frozenset = EMPTY  # labels of what it returns (PARAM labels: that argument flows out)
    checks: frozenset = EMPTY  # parameter indexes it raises on unless valid
    predicate: bool = False  # returns a verdict on its argument (a bool from a check)
    params: tuple[str, ...] = ()
    sinks: frozenset = EMPTY  # (parameter index, SDK method, SDK parameter) reached unchecked
    never_returns: bool = False  # every path raises


class Env:
    """Labels of names in one program point. Copy-on-branch, union-on-join."""

    __slots__ = ("vars",)

    def __init__(self, vars: Optional[dict] = None) -> None:
        self.vars: dict[str, frozenset] = dict(vars or {})

    def copy(self) -> "Env":
        return Env(self.vars)

    def get(self, key: str) -> Optional[frozenset]:
        return self.vars.get(key)

    def set(self, key: str, labels: frozenset) -> None:
        self.vars[key] = labels
        prefix = key + "."
        for other in [k for k in self.vars if k.startswith(prefix)]:
            del self.vars[other]

    def clean(self, key: str, kind: str) -> None:
        labels = self.vars.get(key)
        if labels is not None:
            self.vars[key] = frozenset(l for l in labels if l.kind != kind)
        else:
            self.vars[key] = EMPTY

    @staticmethod
    def join(envs: Sequence["Env"]) -> "Env":
        if len(envs) == 1:
            return envs[0].copy()
        keys = set().union(*(e.vars for e in envs))
        out = Env()
        for key in keys:
            labels = [e.vars.get(key) for e in envs]
            # A name bound on one path only keeps the labels it had on the others
            # (unknown there: no labels of ours).
            out.vars[key] = frozenset().union(*(l for l in labels if l is not None))
        return out


class Exit(Exception):
    pass


class Interpreter:
    """Interprets one function body. Subclasses report at sinks."""

    def __init__(self, names: NameTracker, vocab, sdk, model: DataflowModel, summaries: Mapping[str, Summary]):
        self.names = names
        self.vocab = vocab
        self.sdk = sdk
        self.model = model
        self.summaries = summaries
        self.returns: list[frozenset] = []
        self.exits: list[Env] = []  # environments at normal exits (returns, fall-through)
        self.except_depth = 0
        self.raises = False
        # Where the interpretation stands: the statement (for suppression comments) and
        # the top-level statement holding it (for positions). A function's analysis is
        # given its top; the module's finds it statement by statement.
        self.current: Optional[cst.CSTNode] = None
        self.top: Optional[cst.CSTNode] = None
        self._fixed_top = False
        self._depth = 0

    def within(self, top: Optional[cst.CSTNode]) -> "Interpreter":
        self.top, self._fixed_top = top, top is not None
        return self

    # -- entry --------------------------------------------------------------------------
    def run_function(self, node: cst.FunctionDef, initial: Env) -> Env:
        env = self.block(node.body, initial)
        if env is not None:
            self.exits.append(env)
        return env

    def block(self, body, env: Optional[Env]) -> Optional[Env]:
        """Interpret statements; None when every path has left the block."""
        statements = body.body if isinstance(body, (cst.IndentedBlock, cst.Module)) else [body]
        if isinstance(body, cst.SimpleStatementSuite):
            statements = body.body
        self._depth += 1
        try:
            for statement in statements:
                if env is None:
                    return None
                if self._depth == 1 and not self._fixed_top:
                    self.top = statement
                env = self.statement(statement, env)
            return env
        finally:
            self._depth -= 1

    # -- statements ---------------------------------------------------------------------
    def statement(self, node, env: Env) -> Optional[Env]:
        self.current = node
        if isinstance(node, cst.SimpleStatementLine):
            for small in node.body:
                env = self.small(small, env)
                if env is None:
                    return None
            return env
        method = getattr(self, f"stmt_{type(node).__name__}", None)
        return method(node, env) if method else env

    def small(self, node, env: Env) -> Optional[Env]:
        if isinstance(node, cst.Assign):
            labels = self.expr(node.value, env)
            for target in node.targets:
                self.bind(target.target, labels, env, node.value)
            return env
        if isinstance(node, cst.AnnAssign):
            if node.value is not None:
                self.bind(node.target, self.expr(node.value, env), env, node.value)
            return env
        if isinstance(node, cst.AugAssign):
            labels = self.expr(node.value, env) | self.expr(node.target, env)
            self.bind(node.target, labels, env, None)
            return env
        if isinstance(node, cst.Expr):
            self.expr(node.value, env)
            if self.never_returns(node.value):
                self.raises = True
                return None
            self.statement_call(node.value, env)
            return env
        if isinstance(node, cst.Return):
            labels = self.expr(node.value, env) if node.value is not None else EMPTY
            self.on_return(node, labels, env)
            self.returns.append(labels)
            self.exits.append(env)
            return None
        if isinstance(node, cst.Raise):
            if node.exc is not None:
                self.on_raise(node, env)
            self.raises = True
            return None
        if isinstance(node, (cst.Continue, cst.Break)):
            return None
        if isinstance(node, cst.Assert):
            self.expr(node.test, env)  # no guard: assert vanishes under python -O
            return env
        if isinstance(node, cst.Del):
            return env
        return env

    def never_returns(self, node) -> bool:
        """abort(400), sys.exit(...), or a function of this module that always raises."""
        if isinstance(node, cst.Await):
            node = node.expression
        if not isinstance(node, cst.Call):
            return False
        name = last_name(node.func)
        if name in self.model.exiting_calls:
            return True
        summary = self.summaries.get(name or "") if isinstance(node.func, cst.Name) else None
        return summary is not None and summary.never_returns

    def statement_call(self, node, env: Env) -> None:
        """`validate_model_id(x)` or `ensure_valid(x)` as a statement: a check that
        raises on bad input, so x is clean after it."""
        if isinstance(node, cst.Await):
            node = node.expression
        if not isinstance(node, cst.Call):
            return
        name = last_name(node.func)
        summary = self.summaries.get(name or "") if isinstance(node.func, cst.Name) else None
        indexes: Iterable[int]
        if summary is not None:
            indexes = summary.checks
        elif matches(name, self.model.validators):
            indexes = range(len(node.args))
        else:
            return
        for i in indexes:
            if i < len(node.args):
                key = dotted_name(node.args[i].value)
                if key:
                    env.clean(key, UNTRUSTED)

    def stmt_If(self, node: cst.If, env: Env) -> Optional[Env]:
        self.expr(node.test, env)
        when_true, when_false = env.copy(), env.copy()
        self.refine(node.test, when_true, when_false)
        after_body = self.block(node.body, when_true)
        if node.orelse is None:
            after_else: Optional[Env] = when_false
        elif isinstance(node.orelse, cst.If):
            after_else = self.stmt_If(node.orelse, when_false)
        else:
            after_else = self.block(node.orelse.body, when_false)
        alive = [e for e in (after_body, after_else) if e is not None]
        return Env.join(alive) if alive else None

    def stmt_For(self, node: cst.For, env: Env) -> Optional[Env]:
        labels = self.expr(node.iter, env)
        return self.loop(env, lambda e: (self.bind(node.target, labels, e, None), self.block(node.body, e))[1], node.orelse)

    def stmt_While(self, node: cst.While, env: Env) -> Optional[Env]:
        self.expr(node.test, env)
        return self.loop(env, lambda e: self.block(node.body, e), node.orelse)

    def loop(self, env: Env, body, orelse) -> Env:
        first = body(env.copy())
        second = body(Env.join([env, first]) if first is not None else env.copy())
        joined = Env.join([e for e in (env, first, second) if e is not None])
        if orelse is not None:
            after = self.block(orelse.body, joined)
            return after if after is not None else joined
        return joined

    def stmt_With(self, node: cst.With, env: Env) -> Optional[Env]:
        for item in node.items:
            labels = self.expr(item.item, env)
            if item.asname is not None:
                self.bind(item.asname.name, labels, env, item.item)
        return self.block(node.body, env)

    def stmt_Try(self, node: cst.Try, env: Env) -> Optional[Env]:
        before = env.copy()
        after_body = self.block(node.body, env)
        if after_body is not None and node.orelse is not None:
            after_body = self.block(node.orelse.body, after_body)
        outs = [after_body] if after_body is not None else []
        for handler in node.handlers:
            start = Env.join([before] + ([after_body] if after_body is not None else []))
            sdk_error = handler.type is not None and self.is_sdk_error(handler.type)
            if handler.name is not None and isinstance(handler.name.name, cst.Name):
                name = handler.name.name.value
                labels = frozenset({Label(SDK_ERROR, name)}) if sdk_error else EMPTY
                start.set(name, labels)
            self.except_depth += 1
            try:
                out = self.block(handler.body, start)
            finally:
                self.except_depth -= 1
            if out is not None:
                outs.append(out)
        if node.finalbody is not None:
            base = Env.join(outs) if outs else before.copy()
            final = self.block(node.finalbody.body, base)
            return final if outs else None
        return Env.join(outs) if outs else None

    def stmt_TryStar(self, node, env: Env) -> Optional[Env]:
        return self.stmt_Try(node, env)  # type: ignore[arg-type]

    def stmt_Match(self, node, env: Env) -> Optional[Env]:
        self.expr(node.subject, env)
        outs = [self.block(case.body, env.copy()) for case in node.cases]
        alive = [e for e in outs if e is not None] + [env]
        return Env.join(alive)

    # Nested definitions are analysed on their own.
    def stmt_FunctionDef(self, node, env: Env) -> Env:
        env.set(node.name.value, EMPTY)
        return env

    def stmt_ClassDef(self, node, env: Env) -> Env:
        env.set(node.name.value, EMPTY)
        return env

    # -- binding ------------------------------------------------------------------------
    def bind(self, target: cst.BaseExpression, labels: frozenset, env: Env, value) -> None:
        if isinstance(target, cst.Subscript):
            key = dotted_name(target.value)  # a container takes what is put in it
            if key:
                env.set(key, (env.get(key) or EMPTY) | labels)
            return
        for key in target_keys(target):
            label = self.name_label(key.rsplit(".", 1)[-1], key)
            if value is not None and label is not None and not self.known_clean(value):
                # `api_key = os.environ.get(KEY_VAR)`: what a secret-named target holds
                # from a source we cannot see into is taken at its name's word.
                labels = labels | {label}
            env.set(key, labels)

    def name_label(self, name: str, shown: str = "") -> Optional[Label]:
        """The label a secret-like name earns by itself, if any."""
        if self.vocab.is_secret_name(name, strict=True):
            return Label(SECRET, f"`{shown or name}`")
        if self.vocab.is_secret_name(name):
            return Label(MAYBE_SECRET, f"`{shown or name}`")
        return None

    def known_clean(self, value: cst.BaseExpression) -> bool:
        """A value we can see is not a secret: a literal, a verdict, a redaction."""
        if isinstance(value, (cst.SimpleString, cst.ConcatenatedString, cst.FormattedString, cst.Integer, cst.Float,
                              cst.Comparison, cst.UnaryOperation, cst.Lambda)):
            return True
        if isinstance(value, cst.Name):
            return value.value in ("None", "True", "False")
        if isinstance(value, cst.Call):
            name = last_name(value.func)
            return matches(name, self.model.redactors) or matches(name, self.model.sanitizers)
        return False

    # -- guards -------------------------------------------------------------------------
    def refine(self, test: cst.BaseExpression, when_true: Env, when_false: Env) -> None:
        """Clean what the test validates, in the branch where it holds."""
        if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
            self.refine(test.expression, when_false, when_true)
            return
        if isinstance(test, cst.BooleanOperation):
            if isinstance(test.operator, cst.And):
                self.refine(test.left, when_true, Env())
                self.refine(test.right, when_true, Env())
            else:
                self.refine(test.left, Env(), when_false)
                self.refine(test.right, Env(), when_false)
            return
        if isinstance(test, cst.Comparison) and len(test.comparisons) == 1:
            comparison = test.comparisons[0]
            operator = comparison.operator
            if isinstance(operator, (cst.In, cst.NotIn)):
                key = dotted_name(test.left)
                if key:
                    (when_true if isinstance(operator, cst.In) else when_false).clean(key, UNTRUSTED)
                return
            if isinstance(operator, (cst.Is, cst.IsNot)) and isinstance(comparison.comparator, cst.Name) \
                    and comparison.comparator.value == "None":
                # re.fullmatch(P, x) is None: valid where it is not None
                inner_true, inner_false = (when_false, when_true) if isinstance(operator, cst.Is) else (when_true, when_false)
                self.refine(test.left, inner_true, Env())
                return
            return
        if isinstance(test, cst.Call):
            for key in self.validated_by(test):
                when_true.clean(key, UNTRUSTED)

    def validated_by(self, call: cst.Call) -> list[str]:
        """The names a validating call checks: validator(x), re.fullmatch(P, x),
        PATTERN.match(x), x.isalnum(), a local predicate."""
        func = call.func
        name = last_name(func)
        if isinstance(func, cst.Attribute) and name in self.model.validating_methods:
            checked = func.value
            while isinstance(checked, cst.Subscript):  # pack_id[3:].isalnum() checks pack_id
                checked = checked.value
            key = dotted_name(checked)
            return [key] if key else []
        summary = self.summaries.get(name or "") if isinstance(func, cst.Name) else None
        if (summary is not None and summary.predicate) or matches(name, self.model.validators):
            keys = [dotted_name(a.value) for a in call.args]
            return [k for k in keys if k]
        return []

    # -- expressions --------------------------------------------------------------------
    def expr(self, node: Optional[cst.BaseExpression], env: Env) -> frozenset:
        if node is None:
            return EMPTY
        method = getattr(self, f"expr_{type(node).__name__}", None)
        if method is not None:
            return method(node, env)
        # Containers and everything else: what their parts hold. (Fields are read
        # directly: LibCST's `children` rebuilds the node to list them.)
        labels: frozenset = EMPTY
        for child in _parts(node):
            if type(child) in _EXPRESSIONS:
                labels |= self.expr(child, env)
            elif isinstance(child, (cst.Element, cst.DictElement, cst.StarredDictElement, cst.Arg)):
                labels |= self.expr_part(child, env)
        return labels

    def expr_part(self, part, env: Env) -> frozenset:
        if isinstance(part, cst.DictElement):
            return self.expr(part.key, env) | self.expr(part.value, env)
        return self.expr(part.value, env)

    def expr_SimpleString(self, node, env: Env) -> frozenset:
        return EMPTY

    def expr_Integer(self, node, env: Env) -> frozenset:
        return EMPTY

    def expr_Lambda(self, node, env: Env) -> frozenset:
        return EMPTY

    def expr_Comparison(self, node: cst.Comparison, env: Env) -> frozenset:
        self.expr(node.left, env)
        for comparison in node.comparisons:
            self.expr(comparison.comparator, env)
        return EMPTY  # a verdict, not the value

    def expr_UnaryOperation(self, node: cst.UnaryOperation, env: Env) -> frozenset:
        labels = self.expr(node.expression, env)
        return EMPTY if isinstance(node.operator, cst.Not) else labels

    def expr_Name(self, node: cst.Name, env: Env) -> frozenset:
        labels = env.get(node.value)
        if labels is not None:
            return labels
        return self.implicit(node.value, node)

    def implicit(self, key: str, node) -> frozenset:
        """Labels of a name this function never bound: a secret by its name, a web
        request object, a client by its binding in the module."""
        name = key.rsplit(".", 1)[-1]
        if key in self.summaries:
            return EMPTY  # a function of this module
        if key in self.model.request_names:
            return frozenset({Label(UNTRUSTED, "request data")})
        if key in self.model.untrusted_attributes:
            return frozenset({Label(UNTRUSTED, key)})
        labels = set()
        label = self.name_label(name, key)
        if label is not None:
            labels.add(label)
        if isinstance(node, (cst.Name, cst.Attribute)) and self.names.is_client(node):
            labels.add(Label(CLIENT, key))
        return frozenset(labels)

    def expr_Attribute(self, node: cst.Attribute, env: Env) -> frozenset:
        key = dotted_name(node)
        if key is not None:
            labels = env.get(key)
            if labels is not None:
                return labels
        base = self.expr(node.value, env)
        attr = node.attr.value
        if kinds(base, SDK_ERROR) and attr in self.model.safe_error_attributes:
            return EMPTY
        out = {l for l in base if l.kind != CLIENT}
        if key is not None:
            out |= self.implicit(key, node)
        else:
            label = self.name_label(attr)
            if label is not None:
                out.add(label)
        return frozenset(out)

    def expr_Subscript(self, node: cst.Subscript, env: Env) -> frozenset:
        base_name = dotted_name(node.value)
        key = self._subscript_key(node)
        if base_name is not None and self.names.qualname(node.value) == "os.environ" and key is not None:
            return self.env_var(key)
        labels = self.expr(node.value, env)
        for element in node.slice:
            if isinstance(element.slice, cst.Slice):
                # A slice shows part of a value: a prefix is no secret.
                labels = frozenset(l for l in labels if l.kind not in SECRETS)
            else:
                self.expr(element.slice.value, env)
        label = self.name_label(key) if key is not None else None
        if label is not None and not kinds(labels, UNTRUSTED):
            labels |= {label}
        return frozenset(l for l in labels if l.kind != CLIENT)

    @staticmethod
    def _subscript_key(node: cst.Subscript) -> Optional[str]:
        if len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index):
            return literal_value(node.slice[0].slice.value)
        return None

    def constant_string(self, node) -> Optional[str]:
        """A literal, or a name bound to one (API_KEY_ENV = "MODELRED_API_KEY")."""
        binding = self.names.binding_of(node)
        return literal_value(binding.node) if binding.kind == "literal" and binding.node is not None else None

    def env_var(self, name: str) -> frozenset:
        if self.vocab.is_secret_name(name, strict=True):
            return frozenset({Label(SECRET, f"environment variable {name}")})
        return frozenset({Label(UNTRUSTED, f"environment variable {name}")})

    def expr_FormattedString(self, node: cst.FormattedString, env: Env) -> frozenset:
        labels: frozenset = EMPTY
        for part in node.parts:
            if isinstance(part, cst.FormattedStringExpression):
                labels |= self.expr(part.expression, env)
        return labels

    def expr_IfExp(self, node: cst.IfExp, env: Env) -> frozenset:
        self.expr(node.test, env)  # a verdict: only the branches' values flow
        return self.expr(node.body, env) | self.expr(node.orelse, env)

    def expr_Await(self, node: cst.Await, env: Env) -> frozenset:
        return self.expr(node.expression, env)

    def expr_NamedExpr(self, node: cst.NamedExpr, env: Env) -> frozenset:
        labels = self.expr(node.value, env)
        self.bind(node.target, labels, env, node.value)
        return labels

    def expr_ListComp(self, node, env: Env) -> frozenset:
        return self.comprehension(node, node.elt, env)

    def expr_SetComp(self, node, env: Env) -> frozenset:
        return self.comprehension(node, node.elt, env)

    def expr_GeneratorExp(self, node, env: Env) -> frozenset:
        return self.comprehension(node, node.elt, env)

    def expr_DictComp(self, node, env: Env) -> frozenset:
        inner = env.copy()
        self._comp_for(node.for_in, inner)
        return self.expr(node.key, inner) | self.expr(node.value, inner)

    def comprehension(self, node, elt, env: Env) -> frozenset:
        inner = env.copy()
        self._comp_for(node.for_in, inner)
        return self.expr(elt, inner)

    def _comp_for(self, comp: cst.CompFor, env: Env) -> None:
        self.bind(comp.target, self.expr(comp.iter, env), env, None)
        for condition in comp.ifs:
            self.expr(condition.test, env)
        if comp.inner_for_in is not None:
            self._comp_for(comp.inner_for_in, env)

    def expr_Call(self, node: cst.Call, env: Env) -> frozenset:
        func = node.func
        name = last_name(func)
        qualname = self.names.qualname(func)
        args = [self.expr(arg.value, env) for arg in node.args]
        receiver = self.expr(func.value, env) if isinstance(func, cst.Attribute) else EMPTY
        self.on_call(node, name, receiver, args, env)
        union = frozenset().union(*args) if args else EMPTY
        if qualname in self.sdk.clients or self.names.is_client_class(func):
            return frozenset({Label(CLIENT, qualname or "")})
        if kinds(receiver, CLIENT) or (isinstance(func, cst.Attribute) and self.names.is_client(func.value)):
            return EMPTY  # what the service answers: neither the caller's input nor its keys
        if qualname in ("os.getenv", "os.environ.get") or (
            isinstance(func, cst.Attribute) and dotted_name(func.value) in ("os.environ",) and name == "get"
        ):
            key = self.constant_string(node.args[0].value) if node.args else None
            return self.env_var(key) if key else frozenset({Label(UNTRUSTED, "the environment")})
        if name in ("get", "pop", "setdefault") and isinstance(func, cst.Attribute) and node.args:
            key = literal_value(node.args[0].value)
            label = self.name_label(key) if key else None
            if label is not None:
                # config.get("api_key"), headers.get("Authorization")
                return frozenset(l for l in receiver if l.kind != CLIENT) | {label}
        if name in self.model.untrusted_calls:
            return frozenset({Label(UNTRUSTED, f"{name}()")})
        if name in self.model.secret_calls:
            return frozenset({Label(SECRET, f"{name}(...)")})
        if matches(name, self.model.redactors):
            return EMPTY
        if isinstance(func, cst.Attribute) and name in self.model.validating_methods:
            return EMPTY
        if matches(name, self.model.sanitizers):
            return frozenset(l for l in union | receiver if l.kind not in (UNTRUSTED, CLIENT))
        summary = self.summaries.get(name or "") if isinstance(func, cst.Name) else None
        if summary is not None:
            out = set(l for l in summary.returns if l.kind != PARAM)
            for label in kinds(summary.returns, PARAM):
                index = int(label.what)
                if index < len(args):
                    out |= args[index]
            return frozenset(out)
        if matches(name, self.model.validators):
            return EMPTY  # a verdict
        carried = union | receiver
        if name not in self.model.text_calls:
            carried = frozenset(l for l in carried if l.kind == UNTRUSTED)
        return frozenset(l for l in carried if l.kind != CLIENT)

    # -- the SDK's errors -----------------------------------------------------------------
    def is_sdk_error(self, node: cst.BaseExpression) -> bool:
        if isinstance(node, cst.Tuple):
            return any(self.is_sdk_error(e.value) for e in node.elements)
        qualname = self.names.qualname(node)
        return qualname in self.sdk.errors

    # -- sink hooks ---------------------------------------------------------------------
    def on_call(self, node: cst.Call, name: Optional[str], receiver: frozenset, args: list, env: Env) -> None:
        pass

    def on_raise(self, node: cst.Raise, env: Env) -> None:
        pass

    def on_return(self, node: cst.Return, labels: frozenset, env: Env) -> None:
        pass
