"""Guards: the checks that clean a value where they hold (`if not valid(x): raise`,
`if x not in ALLOWED: return`, `x.isalnum()`, a helper that raises on bad input), and
the calls that never return."""

from __future__ import annotations

from typing import Iterable

from modelred_lint.dataflow.labels import (
    UNTRUSTED, Env,
)
from modelred_lint.flow_model import matches
from modelred_lint.lazy import cst
from modelred_lint.names import dotted_name, last_name


class Guards:
    """Mixed into the Interpreter: reads `self.model`, `self.summaries`."""

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
