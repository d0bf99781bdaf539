"""MR030 insecure-transport: a ModelRed client whose `transport=` is an httpx transport
or client built with `verify=False` (generation 3's `ModelRed(key, transport=...)`);
the key then travels over unverified TLS."""

from __future__ import annotations

from modelred_lint.lazy import cst
from modelred_lint.names import dotted_name
from modelred_lint.options import Option
from modelred_lint.rule import Rule
from modelred_lint.schema import Strings, Text
from modelred_lint.triggers import Trigger, all_of, mentions

EXTRA_TRANSPORT_CLASSES = Option(
    "extra-transport-classes",
    Strings(),
    default=(),
    doc="More transport or HTTP client classes (qualified names) whose `verify=False` leaves "
    "the SDK client's TLS unverified.",
    example='["corp.http.PinnedTransport"]',
)


class InsecureTransport(Rule):
    codes = ("MR030",)
    options = (EXTRA_TRANSPORT_CLASSES,)
    data_fields = {"transport-classes": Strings(), "transport-parameter": Text()}

    @classmethod
    def triggers(cls, knowledge):
        sdk = mentions(m.split(".")[0] for m in knowledge.sdk.modules)
        return {"MR030": Trigger(all_of(sdk, mentions(["verify"])))}

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        data = self.data("MR030")
        self.classes = frozenset(data["transport-classes"]) | frozenset(self.option(EXTRA_TRANSPORT_CLASSES))
        self.parameter = data["transport-parameter"]
        self.insecure: set[str] = set()  # names bound to an insecure transport

    def visit_Assign(self, node: cst.Assign) -> None:
        insecure = self._is_insecure(node.value)
        for target in node.targets:
            name = dotted_name(target.target)
            if name is None:
                continue
            if insecure:
                self.insecure.add(name)
            else:
                self.insecure.discard(name)  # rebound to something else

    def visit_Call(self, node: cst.Call) -> None:
        if not self.names.is_client_class(node.func):
            return
        for arg in node.args:
            if arg.keyword is None or arg.keyword.value != self.parameter:
                continue
            value = arg.value
            name = dotted_name(value)
            if self._is_insecure(value):
                via = ""
            elif name in self.insecure:
                via = f" (through `{name}`)"
            else:
                continue
            # (The class is not named: a long CamelCase name reads as random text to the
            # message scrubber, and the span shows it anyway.)
            client = (self.names.qualname(node.func) or "").rsplit(".", 1)[-1]
            self.report(
                "MR030",
                value,
                f"The {client} client's transport{via} is built with `verify=False`: the "
                f"API key and every request travel over TLS that is not verified; keep "
                f"verification on (give a CA bundle: `verify=\"/path/to/ca.pem\"`)",
            )

    def _is_insecure(self, node: cst.BaseExpression) -> bool:
        """An `X(..., verify=False)` call of a known transport class."""
        if not isinstance(node, cst.Call) or self.names.qualname(node.func) not in self.classes:
            return False
        return any(
            arg.keyword is not None and arg.keyword.value == "verify" and _is_false(arg.value) for arg in node.args
        )


def _is_false(node: cst.BaseExpression) -> bool:
    if isinstance(node, cst.Name):
        return node.value == "False"
    return isinstance(node, cst.Integer) and node.value == "0"
