"""MR003 literal-api-key-argument: a literal (or a name bound to one) passed where the
SDK takes a key: a client's key, ProviderConfig.*(api_key=...), register_*_model(...),
detector_api_key=, AWS secrets, and the "api_key" entry of a provider config dict."""

from __future__ import annotations

from typing import Iterator, Optional

from modelred_lint.fix_builders import env_lookup_fix
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
        for parameter, value, call_name in self._key_arguments(node):
            self._check(node, parameter, value, call_name)

    # -- which arguments carry a key --------------------------------------------------
    def _key_arguments(self, call: cst.Call) -> Iterator[tuple[str, cst.BaseExpression, str]]:
        sdk = self.sdk
        qualname = self.names.qualname(call.func)
        if qualname in sdk.clients:
            name = qualname.rsplit(".", 1)[1]
            for arg in call.args:
                if arg.keyword is None and arg.star == "":
                    yield "api_key", arg.value, name  # the key is the first positional
                    break
            yield from self._keywords(call, {"api_key"}, name)
            return
        if qualname and any(qualname.startswith(pc + ".") for pc in sdk.provider_config):
            yield from self._keywords(call, sdk.key_parameters, qualname.rsplit(".", 1)[1])
            return
        method = call.func.attr.value if isinstance(call.func, cst.Attribute) else None
        if method in sdk.key_methods and self._on_sdk_client(call.func.value):  # type: ignore[union-attr]
            provider = self._provider_of(call) or method
            yield from self._keywords(call, sdk.key_parameters, provider)
            for arg in call.args:
                if arg.keyword is not None and arg.keyword.value in sdk.config_parameters:
                    yield from self._dict_entries(arg.value, sdk.config_key_entries, provider)

    def _on_sdk_client(self, receiver: cst.BaseExpression) -> bool:
        """A method called on a known client, or in a file that imports the SDK."""
        return self.names.is_client(receiver) or self.names.imports_any(self.sdk.modules)

    def _keywords(self, call: cst.Call, names, call_name: str):
        for arg in call.args:
            if arg.keyword is not None and arg.keyword.value in names:
                yield arg.keyword.value, arg.value, call_name
            elif arg.star == "**":
                yield from self._dict_entries(arg.value, names, call_name)

    def _dict_entries(self, node: cst.BaseExpression, names, call_name: str):
        if not isinstance(node, cst.Dict):
            return
        for element in node.elements:
            if isinstance(element, cst.DictElement):
                key = literal_value(element.key)
                if key in names:
                    yield key, element.value, call_name

    def _provider_of(self, call: cst.Call) -> Optional[str]:
        for arg in call.args:
            if arg.keyword is not None and arg.keyword.value == "provider":
                return literal_value(arg.value) or dotted_name(arg.value)
        return None

    # -- the report -------------------------------------------------------------------
    def _check(self, call: cst.Call, parameter: str, value: cst.BaseExpression, call_name: str) -> None:
        binding = self.names.binding_of(value)
        if binding.kind != "literal" or binding.node is None:
            return
        text = literal_value(binding.node)
        if not text:
            return  # "" (and None) mean "no key here", not a key
        env = self.sdk.key_env(call_name, parameter)
        via = f" (through `{value.value}`)" if isinstance(value, cst.Name) else ""
        self.report(
            "MR003",
            binding.node,
            f"Literal passed as `{parameter}` to `{call_name}`{via}: read the key from the "
            f"environment ({env}) or a secrets manager",
            claim=binding.node,
            fix=env_lookup_fix(self.names, binding.node, env),
            snippet=f"{call_name}:{parameter}",
        )
