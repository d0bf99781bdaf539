"""The SDK's names as the rules use them, built from rules/shared/sdk.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional


@dataclass(frozen=True)
class SdkModel:
    modules: tuple[str, ...]
    clients: frozenset[str]  # qualified: modelred.ModelRed, modelred.client.ModelRed ...
    client_key_env: str
    provider_config: frozenset[str]  # qualified ProviderConfig classes
    key_parameters: frozenset[str]
    config_parameters: frozenset[str]
    config_key_entries: frozenset[str]
    key_methods: frozenset[str]
    sinks: Mapping[str, Mapping[str, Optional[int]]]
    distinctive_sinks: frozenset[str]
    errors: frozenset[str]  # qualified error classes
    provider_env: Mapping[str, str]
    parameter_env: Mapping[str, str]

    @classmethod
    def from_data(cls, data: Mapping) -> "SdkModel":
        modules = tuple(data["modules"])

        def qualify(names):
            return frozenset(f"{m}.{n}" for m in modules for n in names)

        return cls(
            modules=modules,
            clients=qualify(data["clients"]),
            client_key_env=data["client-key-env"],
            provider_config=qualify([data["provider-config-class"]]),
            key_parameters=frozenset(data["key-parameters"]),
            config_parameters=frozenset(data["config-parameters"]),
            config_key_entries=frozenset(data["config-key-entries"]),
            key_methods=frozenset(data["key-methods"]),
            sinks={k: dict(v) for k, v in data["sinks"].items()},
            distinctive_sinks=frozenset(data.get("distinctive-sinks", ())),
            errors=qualify(data["errors"]),
            provider_env=dict(data.get("provider-env", {})),
            parameter_env=dict(data.get("parameter-env", {})),
        )

    def key_env(self, call_name: str, parameter: str) -> str:
        """The environment variable a key passed as `parameter` to `call_name` belongs in."""
        if parameter in self.parameter_env:
            return self.parameter_env[parameter]
        for provider, env in self.provider_env.items():
            if provider in call_name.lower():
                return env
        return self.client_key_env
