"""MR003 literal-api-key-argument: a literal (or a name bound to one) passed where the
SDK takes a key: a client's key, ProviderConfig.*(api_key=...), register_*_model(...),
detector_api_key=, AWS secrets, and the "api_key" entry of a provider config dict."""

from __future__ import annotations

from typing import Iterator, Optional

from modelred_lint.key_fixes import plan_for
from modelred_lint.lazy import cst
from modelred_lint.names import dotted_name, literal_value
from modelred_lint.rule import Rule
from modelred_lint.triggers import Trigger, mentions


class LiteralKeyArgument(Rule):
    codes = ("MR003",)

    @classmethod
    def triggers(cls, knowledge):
        # A call resolved into the SDK needs an import of one of its modules.
        return {"MR003": Trigger(mentions(m.split(".")[0] for m in knowledge.sdk.modules))}

    def visit_Call(self, node: cst.Call) -> None:
        for argument in self._key_arguments(node):
            self._check(argument)

    def leave_Module(self, node: cst.Module) -> None:
        plan_for(self.ctx).flush(node)

    # -- which arguments carry a key --------------------------------------------------
    def _key_arguments(self, call: cst.Call) -> Iterator["_KeyArgument"]:
        """Each argument that carries a key: how the message names it and the call,
        and the provider (for the variable) where the call does not say it."""
        sdk = self.sdk
        qualname = self.names.qualname(call.func)
        if qualname in sdk.clients:
            name = qualname.rsplit(".", 1)[1]
            for arg in call.args:
                if arg.keyword is None and arg.star == "":
                    yield _KeyArgument("api_key", arg.value, name)  # the key is the first positional
                    break
            yield from self._keywords(call, {"api_key"}, name)
            return
        if qualname and any(qualname.startswith(pc + ".") for pc in sdk.provider_config):
            shown = ".".join(qualname.split(".")[-2:])  # ProviderConfig.openai
            yield from self._keywords(call, sdk.key_parameters, shown, qualname.rsplit(".", 1)[1])
            return
        method = call.func.attr.value if isinstance(call.func, cst.Attribute) else None
        if method in sdk.key_methods and self._on_sdk_client(call.func.value):  # type: ignore[union-attr]
            provider = self._provider_of(call) or method
            yield from self._keywords(call, sdk.key_parameters, method, provider)
            for arg in call.args:
                if arg.keyword is not None and arg.keyword.value in sdk.config_parameters:
                    yield from self._dict_entries(arg.value, sdk.config_key_entries, method, provider, arg.keyword.value)

    def _on_sdk_client(self, receiver: cst.BaseExpression) -> bool:
        """A method called on a known client, or in a file that imports the SDK."""
        return self.names.is_client(receiver) or self.names.imports_any(self.sdk.modules)

    def _keywords(self, call: cst.Call, names, call_name: str, provider: Optional[str] = None):
        for arg in call.args:
            if arg.keyword is not None and arg.keyword.value in names:
                yield _KeyArgument(arg.keyword.value, arg.value, call_name, provider)
            elif arg.star == "**":
                yield from self._dict_entries(arg.value, names, call_name, provider)

    def _dict_entries(self, node, names, call_name: str, provider: Optional[str], container: str = ""):
        if not isinstance(node, cst.Dict):
            return
        for element in node.elements:
            if isinstance(element, cst.DictElement):
                key = literal_value(element.key)
                if key in names:
                    shown = f'{container}["{key}"]' if container else key
                    yield _KeyArgument(key, element.value, call_name, provider, shown)

    def _provider_of(self, call: cst.Call) -> Optional[str]:
        for arg in call.args:
            if arg.keyword is not None and arg.keyword.value == "provider":
                return literal_value(arg.value) or dotted_name(arg.value)
        return None

    # -- the report -------------------------------------------------------------------
    def _check(self, argument: "_KeyArgument") -> None:
        value = argument.value
        binding = self.names.binding_of(value)
        if binding.kind != "literal" or binding.node is None:
            return
        text = literal_value(binding.node)
        if not text:
            return  # "" (and None) mean "no key here", not a key
        literal = binding.node
        standard = self.sdk.key_env(argument.provider or argument.call, argument.parameter)
        via = f" (through `{value.value}`)" if isinstance(value, cst.Name) else ""
        where = f"Literal passed as `{argument.shown or argument.parameter}` to `{argument.call}`{via}"
        snippet = f"{argument.call}:{argument.parameter}"
        # Through a name, the finding stands on the literal where the constant is
        # defined; the call that passes it is the second place (LSP related
        # information, SARIF relatedLocations). The statement stack is the call's now.
        use_top = self.ctx.statements[0] if self.ctx.statements else None
        related = ((value, use_top, f"`{value.value}` passed as `{argument.parameter}` to `{argument.call}`"),) if via else ()

        def emit(env, fix, statement, top):
            self.report(
                "MR003",
                literal,
                f"{where}: read the key from the environment ({env}) or a secrets manager",
                claim=literal,
                fix=fix,
                snippet=snippet,
                statement=statement,
                top=top,
                related=related,
            )

        plan_for(self.ctx).request(self, "MR003", literal, text, text, standard, emit)


class _KeyArgument:
    __slots__ = ("parameter", "value", "call", "provider", "shown")

    def __init__(self, parameter: str, value, call: str, provider: Optional[str] = None, shown: str = "") -> None:
        self.parameter = parameter  # the SDK's name for it (api_key, detector_api_key ...)
        self.value = value
        self.call = call  # the call as the message names it (create_model, ProviderConfig.openai)
        self.provider = provider  # what chooses the variable, where the call does not
        self.shown = shown  # providerConfig["api_key"]
