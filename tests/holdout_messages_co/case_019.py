"""Provider registry with StrEnum names and warnings for deprecated settings."""
from __future__ import annotations

import os
import warnings
from enum import StrEnum
from typing import Final


class Provider(StrEnum):
    OPENAI = "openai"
    ANTHROPIC = "anthropic"
    XAI = "xai"
    HUGGINGFACE = "huggingface"


ENV_VARS: Final[dict[Provider, str]] = {
    Provider.OPENAI: "OPENAI_API_KEY",
    Provider.ANTHROPIC: "ANTHROPIC_API_KEY",
    Provider.XAI: "XAI_API_KEY",
    Provider.HUGGINGFACE: "HF_TOKEN",
}
LEGACY_TOKEN_VAR: Final = "HUGGINGFACE_API_TOKEN"
DEFAULT_MAX_TOKENS: Final = 1024


def key_for(provider: Provider) -> str:
    var = ENV_VARS[provider]
    if provider is Provider.HUGGINGFACE and (legacy := os.getenv(LEGACY_TOKEN_VAR)):
        warnings.warn(f"{LEGACY_TOKEN_VAR} is deprecated, use {var}", DeprecationWarning, stacklevel=2)
        warnings.warn(f"found legacy Hugging Face token {legacy}; copy it to {var}", stacklevel=2)
        return legacy
    value = os.environ.get(var, "")
    if not value:
        raise LookupError(f"{var} is empty ({value!r})")
    return value


def check_all() -> dict[str, bool]:
    status: dict[str, bool] = {}
    for provider in Provider:
        try:
            key = key_for(provider)
        except LookupError:
            status[provider] = False
            continue
        if provider is Provider.XAI and not key.startswith("xai-"):
            warnings.warn(f"XAI_API_KEY looks wrong: {key}", RuntimeWarning, stacklevel=2)
        status[provider] = True
    return status


if __name__ == "__main__":
    for name, ok in check_all().items():
        print(f"{name:12} {'set' if ok else 'missing'}")
    print("default max tokens:", DEFAULT_MAX_TOKENS)
