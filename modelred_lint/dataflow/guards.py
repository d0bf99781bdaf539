"""Guards: the checks that clean a value where they hold (`if not valid(x): raise`,
`if x not in ALLOWED: return`, `x.isalnum()`, a helper that raises on bad input, every
element checked: `all(P.fullmatch(p) for p in packs)`, `for p in packs: if p not in
ALLOWED: raise`, `bad = [p for p in packs if p not in ALLOWED]; if bad: raise`), and the
calls that never return."""

from __future__ import annotations

import functools
import re
from typing import Iterable, Optional

from modelred_lint.dataflow.labels import EMPTY, SECRET, UNTRUSTED, Env, Label, field_of
from modelred_lint.flow_model import matches
from modelred_lint.lazy import cst
from modelred_lint.names import dotted_name, last_name, literal_value, subclasses
from modelred_lint.secret_uses import names_a_secret

# A marker for the element variable of a comprehension or loop while a check on it is
# read (never stored in a real environment).
_ELEMENT = frozenset({Label(UNTRUSTED, "element")})
# A field's name, as a mapping is keyed (api_key, x-api-key, llm.api_key): no spaces.
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*\Z")
# Conversions that keep what a check on their result says about their argument:
# `P.fullmatch(str(p))` (not strip() or lower(): the check would pass a value the call
# does not receive).
_TRANSPARENT = frozenset(("str",))


class Guards:
    """Mixed into the Interpreter: reads `self.model`, `self.summaries`, `self.names`."""

    def never_returns(self, node) -> bool:
        """abort(400), sys.exit(...), st.stop(), or a function of this module that always raises."""
        if type(node) is cst.Await:  # (by exact type: an ABC's isinstance() is slow)
            node = node.expression
        if type(node) is not cst.Call:
            return False
        name = last_name(node.func)
        if name in self.model.exiting_calls or (name in self.model.exiting_builtins and type(node.func) is cst.Name):
            return True
        frameworks = self.model.frameworks
        if frameworks is not None and frameworks.exiting_calls and type(node.func) is cst.Attribute:
            from modelred_lint.frameworks import matches_qualname

            if matches_qualname(self.names.qualname(node.func), frameworks.exiting_calls):
                return True
        summary = self.summaries.get(name or "") if type(node.func) is cst.Name else None
        return summary is not None and summary.never_returns

    def statement_call(self, node, env: Env) -> None:
        """`validate_model_id(x)`, `ensure_valid(x)` or `uuid.UUID(x)` as a statement: a
        check that raises on bad input, so x is clean after it."""
        if type(node) is cst.Await:
            node = node.expression
        if type(node) is not cst.Call:
            return
        name = last_name(node.func)
        summary = self.summaries.get(name or "") if type(node.func) is cst.Name else None
        indexes: Iterable[int]
        frameworks = self.model.frameworks
        if summary is not None:
            indexes = summary.checks
        elif matches(name, self.model.validators) or (frameworks is not None and name in frameworks.raising_conversions):
            indexes = range(len(node.args))
        else:
            return
        for i in indexes:
            if i < len(node.args):
                key = dotted_name(_checked(node.args[i].value))
                if key:
                    self.clean_kind(env, key, UNTRUSTED)

    # -- guards -------------------------------------------------------------------------
    def refine(self, test: cst.BaseExpression, when_true: Env, when_false: Env) -> None:
        """Clean what the test validates, in the branch where it holds. A path cleaned on
        one branch that neither environment held yet (`args.model`) is written into the
        other with the labels it has there, so that joining the branches keeps them."""
        sizes = (len(when_true.vars), len(when_false.vars))
        self._refine(test, when_true, when_false)
        if getattr(self, "key_pairs", None):
            self.narrow_keys(test, when_true, when_false)
        if (len(when_true.vars), len(when_false.vars)) != sizes:
            for cleaned, other in ((when_true, when_false), (when_false, when_true)):
                for key in [k for k in cleaned.vars if k not in other.vars]:
                    other.put(key, self._key_labels(other, key))

    def _holds_secret_field(self, field, mapping, env: Env) -> None:
        """`"api_key" in cfg`: where it holds, cfg holds a secret at that field, as a
        read of cfg["api_key"] says (secret_uses' reads); shown whole, cfg shows it.
        Only in that branch: past `if "api_key" not in cfg: raise`, not inside it."""
        text = literal_value(field)
        if not isinstance(text, str) or not _FIELD_NAME.match(text) or not names_a_secret(self.vocab, text):
            return  # (not a phrase: `"Invalid API Key" in error_str` tests a message's words)
        base = dotted_name(mapping)
        # (not a loop variable over texts, `for var in ["X_API_KEY", ...]: if "API_KEY" in
        # var`: a name's words are tested there, not a mapping's fields)
        if base and base not in self.loop_values:
            env.put(base, self._key_labels(env, base) | {Label(SECRET, f"`{base}`", path=(text,))})

    def clean_kind(self, env: Env, key: str, kind) -> None:
        """Take `kind` out of what a name or a path holds. One the environment does not
        name yet holds what it reads as (a class's `self.key`, a module's name, a field of
        a structure): that, less `kind`, not nothing (`if self.key in text:
        log(self.key)` still shows the key)."""
        if env.get(key) is None:
            env.put(key, self._key_labels(env, key))
        env.clean(key, kind)

    def _key_labels(self, env: Env, key: str) -> frozenset:
        """What a dotted path holds where the environment does not name it (as
        expr_Attribute reads it)."""
        labels = env.get(key)
        if labels is not None:
            return labels
        base, _, attr = key.rpartition(".")
        if not base:
            return self.implicit(key, None)
        # (field_of: a structure's secret is in the field that holds it, not in its siblings)
        out = field_of(self._key_labels(env, base), attr) | self.implicit(key, None)
        resolve = getattr(self, "resolve_field", None)
        return resolve(out, attr) if resolve is not None else out

    def _refine(self, test: cst.BaseExpression, when_true: Env, when_false: Env) -> None:
        kind = type(test)  # (by exact type: an ABC's isinstance() is slow)
        if kind is cst.UnaryOperation and type(test.operator) is cst.Not:
            self._refine(test.expression, when_false, when_true)
            return
        if kind is cst.BooleanOperation:
            if type(test.operator) is cst.And:
                self._refine(test.left, when_true, Env())
                self._refine(test.right, when_true, Env())
                # `x is not None and not valid(x)` false: x is None, or valid.
                falsy = self._falsy_when_false(test.left)
                if falsy:
                    scratch = Env()
                    self._refine(test.right, Env(), scratch)
                    for key in falsy & set(scratch.vars):
                        self.clean_kind(when_false, key, UNTRUSTED)
            else:
                self._refine(test.left, Env(), when_false)
                self._refine(test.right, Env(), when_false)
            return
        if kind is cst.Comparison and len(test.comparisons) == 1:
            comparison = test.comparisons[0]
            operator = comparison.operator
            if isinstance(operator, (cst.In, cst.NotIn)):
                holding = when_true if isinstance(operator, cst.In) else when_false
                key = dotted_name(_checked(test.left))
                if key:
                    self.clean_kind(holding, key, UNTRUSTED)
                else:
                    self._holds_secret_field(test.left, comparison.comparator, holding)
                return
            if isinstance(operator, (cst.Is, cst.IsNot)) and isinstance(comparison.comparator, cst.Name) \
                    and comparison.comparator.value == "None":
                # re.fullmatch(P, x) is None: valid where it is not None
                inner_true, inner_false = (when_false, when_true) if isinstance(operator, cst.Is) else (when_true, when_false)
                self._refine(test.left, inner_true, Env())
                return
            if isinstance(operator, (cst.LessThanEqual, cst.LessThan)):
                # set(packs) <= ALLOWED
                key = self._set_of(test.left)
                if key:
                    self.clean_kind(when_true, key, UNTRUSTED)
            if isinstance(operator, (cst.Equal, cst.NotEqual)) and _is_empty(comparison.comparator):
                # [p for p in packs if p not in ALLOWED] == [], len(bad) == 0
                left = test.left
                if isinstance(left, cst.Call) and last_name(left.func) == "len" and len(left.args) == 1:
                    left = left.args[0].value
                key = self._rejected(left)
                if key:
                    self.clean_kind((when_true if isinstance(operator, cst.Equal) else when_false), key, UNTRUSTED)
            return
        if kind is cst.Call:
            name = last_name(test.func)
            if name in ("all", "any") and len(test.args) == 1:
                self._quantified(name, test.args[0].value, when_true, when_false)
                return
            if name == "len" and len(test.args) == 1:
                key = self._rejected(test.args[0].value)
                if key:
                    self.clean_kind(when_false, key, UNTRUSTED)
                return
            if name == "issubset" and isinstance(test.func, cst.Attribute):
                key = self._set_of(test.func.value)
                if key:
                    self.clean_kind(when_true, key, UNTRUSTED)
                return
            for key in self.validated_by(test):
                self.clean_kind(when_true, key, UNTRUSTED)
            return
        if kind is cst.Name or kind is cst.BinaryOperation or kind is cst.ListComp or kind is cst.SetComp:
            # `if bad:` where bad holds the elements that failed a check
            key = self._rejected(test)
            if key:
                self.clean_kind(when_false, key, UNTRUSTED)

    def _falsy_when_false(self, test) -> set[str]:
        """Paths a false test shows to be None or empty: `x`, `x is not None`."""
        if isinstance(test, (cst.Name, cst.Attribute)):
            key = dotted_name(test)
            return {key} if key else set()
        if isinstance(test, cst.Comparison) and len(test.comparisons) == 1:
            comparison = test.comparisons[0]
            if isinstance(comparison.operator, cst.IsNot) and isinstance(comparison.comparator, cst.Name) \
                    and comparison.comparator.value == "None":
                key = dotted_name(test.left)
                return {key} if key else set()
        return set()

    def validated_by(self, call: cst.Call) -> list[str]:
        """The names a validating call checks: validator(x), re.fullmatch(P, x),
        PATTERN.match(x), x.isalnum(), a local predicate."""
        func = call.func
        name = last_name(func)
        if isinstance(func, cst.Attribute) and name in self.model.validating_methods:
            checked = func.value
            while isinstance(checked, cst.Subscript):  # pack_id[3:].isalnum() checks pack_id
                checked = checked.value
            key = dotted_name(_checked(checked))
            return [key] if key else []
        summary = self.summaries.get(name or "") if isinstance(func, cst.Name) else None
        if (summary is not None and summary.predicate) or matches(name, self.model.validators):
            keys = [dotted_name(_checked(a.value)) for a in call.args]
            return [k for k in keys if k]
        return []

    # -- element by element ---------------------------------------------------------------
    def _element_check(self, target, condition) -> Optional[bool]:
        """What a condition on a comprehension's or loop's element says: True when it
        holds only for valid elements, False when it holds only for invalid ones, None
        when it says neither."""
        if not isinstance(target, cst.Name):
            return None
        name = target.value
        when_true, when_false = Env({name: _ELEMENT}), Env({name: _ELEMENT})
        self._refine(condition, when_true, when_false)
        if when_true.get(name) == EMPTY and when_false.get(name) != EMPTY:
            return True
        if when_false.get(name) == EMPTY and when_true.get(name) != EMPTY:
            return False
        return None

    def _comprehension(self, node):
        """(target, iterated path, condition) of a one-level comprehension over a path."""
        if not isinstance(node, (cst.GeneratorExp, cst.ListComp, cst.SetComp)):
            return None
        comp = node.for_in
        if comp.inner_for_in is not None:
            return None
        key = dotted_name(_checked(comp.iter))
        return (comp.target, key, comp) if key else None

    def _quantified(self, name: str, node, when_true: Env, when_false: Env) -> None:
        """all(valid(p) for p in packs) true, any(not valid(p) for p in packs) false:
        every element of packs is valid."""
        found = self._comprehension(node)
        if found is None or found[2].ifs:
            return
        target, key, _ = found
        verdict = self._element_check(target, node.elt)
        if name == "all" and verdict is True:
            self.clean_kind(when_true, key, UNTRUSTED)
        elif name == "any" and verdict is False:
            self.clean_kind(when_false, key, UNTRUSTED)

    def _rejected(self, node) -> Optional[str]:
        """The path whose invalid elements a value holds (so that it being empty
        validates the path): [p for p in packs if p not in ALLOWED], set(packs) -
        ALLOWED, or a name bound to one of them."""
        if isinstance(node, cst.Name):
            return getattr(self, "rejects", {}).get(node.value)
        if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Subtract):
            return self._set_of(node.left)
        found = self._comprehension(node)
        if found is None or len(found[2].ifs) != 1:
            return None
        target, key, comp = found
        if not isinstance(node.elt, cst.Name) or not isinstance(target, cst.Name) or node.elt.value != target.value:
            return None
        return key if self._element_check(target, comp.ifs[0].test) is False else None

    @staticmethod
    def _set_of(node) -> Optional[str]:
        if isinstance(node, cst.Call) and last_name(node.func) in ("set", "frozenset") and len(node.args) == 1:
            return dotted_name(node.args[0].value)
        return None



class LoopGuards:
    """Mixed into the interpreters ahead of Interpreter: the checks that span
    statements. A loop whose body leaves (raise, return, abort) for every invalid
    element validates what it iterates; a name bound to the invalid elements of a path
    (`bad = [p for p in packs if p not in ALLOWED]`) lets `if bad: raise` validate it."""

    def bind(self, target, labels: frozenset, env: Env, value) -> None:
        super().bind(target, labels, env, value)
        if isinstance(target, cst.Name):
            rejects = self.__dict__.setdefault("rejects", {})
            key = self._rejected(value) if value is not None and not isinstance(value, cst.Name) else None
            if key:
                rejects[target.value] = key
            else:
                rejects.pop(target.value, None)

    def statement(self, node, env: Env) -> Optional[Env]:
        """A one-line body (`if bad: raise ValueError(x)`) holds small statements, which
        Interpreter.statement would skip: interpret them, so that such a guard leaves."""
        if type(node) in _small_statement_types():  # (by type: an ABC's isinstance() is slow)
            self.current = node
            return self.small(node, env)
        return super().statement(node, env)

    def _comp_for(self, comp: cst.CompFor, env: Env) -> None:
        """A comprehension's conditions guard what it keeps: in `[s for s in xs if s
        in SUITES]` every element kept is valid."""
        super()._comp_for(comp, env)
        while comp is not None:
            for condition in comp.ifs:
                self.refine(condition.test, env, Env())
            comp = comp.inner_for_in

    def stmt_For(self, node: cst.For, env: Env) -> Optional[Env]:
        out = super().stmt_For(node, env)
        if out is not None and isinstance(node.target, cst.Name) and self._checks_each(node):
            key = dotted_name(_checked(node.iter))
            if key:
                self.clean_kind(out, key, UNTRUSTED)
        return out

    def _checks_each(self, node: cst.For) -> bool:
        """Does the body leave the function for every element that fails a check, and
        never skip one (continue, break)?"""
        body = node.body
        if not isinstance(body, cst.IndentedBlock) or node.orelse is not None or _skips(body):
            return False
        name = node.target.value
        for statement in body.body:
            if isinstance(statement, cst.If):
                verdict = self._element_check(node.target, statement.test)
                if verdict is False and self._leaves(statement.body):
                    return True
                if verdict is True and statement.orelse is not None and not isinstance(statement.orelse, cst.If) \
                        and self._leaves(statement.orelse.body):
                    return True
            elif isinstance(statement, cst.SimpleStatementLine):
                for small in statement.body:
                    if isinstance(small, cst.Expr):
                        scratch = Env({name: _ELEMENT})
                        self.statement_call(small.value, scratch)
                        if scratch.get(name) == EMPTY:
                            return True
        return False

    def _leaves(self, block) -> bool:
        statements = block.body if isinstance(block, cst.IndentedBlock) else getattr(block, "body", ())
        if not statements:
            return False
        last = statements[-1]
        if isinstance(last, cst.SimpleStatementLine):
            last = last.body[-1] if last.body else None
        if isinstance(block, cst.SimpleStatementSuite):
            last = statements[-1]
        if isinstance(last, (cst.Raise, cst.Return)):
            return True
        return isinstance(last, cst.Expr) and self.never_returns(last.value)


@functools.lru_cache(maxsize=None)
def _small_statement_types() -> frozenset:
    return subclasses(cst.BaseSmallStatement)


def _skips(block) -> bool:
    """A continue or break anywhere in a loop body (not in nested loops or functions)."""
    stack = list(block.body)
    while stack:
        statement = stack.pop()
        if isinstance(statement, cst.SimpleStatementLine):
            if any(isinstance(s, (cst.Continue, cst.Break)) for s in statement.body):
                return True
        elif isinstance(statement, cst.If):
            stack.extend(_inner(statement.body))
            if statement.orelse is not None:
                stack.extend([statement.orelse] if isinstance(statement.orelse, cst.If) else _inner(statement.orelse.body))
        elif isinstance(statement, (cst.With,)):
            stack.extend(_inner(statement.body))
        elif isinstance(statement, (cst.Try, cst.TryStar)):
            stack.extend(_inner(statement.body))
            for handler in statement.handlers:
                stack.extend(_inner(handler.body))
    return False


def _inner(block) -> list:
    if isinstance(block, cst.IndentedBlock):
        return list(block.body)
    if isinstance(block, cst.SimpleStatementSuite):
        return [cst.SimpleStatementLine(body=block.body)]
    return []


def _checked(node):
    """The value a check on this expression checks: `str(p)` and `p.strip()` check p."""
    for _ in range(4):
        if isinstance(node, cst.Call):
            name = last_name(node.func)
            if name == "str" and isinstance(node.func, cst.Name) and len(node.args) == 1:
                node = node.args[0].value
                continue
        break
    return node


def _is_empty(node) -> bool:
    if isinstance(node, (cst.List, cst.Set, cst.Tuple, cst.Dict)):
        return not node.elements
    if isinstance(node, cst.Integer):
        return node.value == "0"
    return False
