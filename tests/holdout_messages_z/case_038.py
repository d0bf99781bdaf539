"""acme_llm.errors: exception hierarchy and key checks of the Acme SDK."""
from __future__ import annotations

import os
import sys


class AcmeError(Exception):
    """Base class for every error the SDK raises."""


class ProviderAuthError(AcmeError):
    def __init__(self, provider: str, key: str, *, status_code: int = 401):
        self.provider = provider
        self.key_hint = f"…{key[-4:]}" if key else "<empty>"
        self.status_code = status_code
        super().__init__(f"{provider} rejected the API key ending {self.key_hint} (HTTP {status_code})")


class ConfigError(AcmeError):
    def __init__(self, message: str, *, setting: str | None = None, source: str | None = None):
        super().__init__(message)
        self.setting = setting
        self.source = source


KEY_ENVS = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "acme": "ACME_API_KEY"}
PREFIXES = {"openai": "sk-", "anthropic": "sk-ant-", "acme": "ak-"}


def key_for(provider: str) -> str:
    env = KEY_ENVS[provider]
    raw = os.environ.get(env)
    if raw is None:
        sys.stderr.write(f"acme: {env} is not set; {provider} calls will fail\n")
        raise ConfigError(f"{env} is not set", setting=env, source="environment")
    key = raw.strip()
    if key != raw:
        sys.stderr.write(f"acme: stripped whitespace from {env} (was {raw!r})\n")
    if not key.startswith(PREFIXES[provider]):
        raise ConfigError(f"cannot use {env}={key!r} for {provider}", setting=env)
    return key


def check(provider: str, status_code: int) -> None:
    key = key_for(provider)
    if status_code in (401, 403):
        raise ProviderAuthError(provider, key, status_code=status_code)


if __name__ == "__main__":
    try:
        check(sys.argv[1], int(sys.argv[2]))
    except ProviderAuthError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
    except ConfigError as exc:
        print(f"configuration error in {exc.setting} ({exc.source})", file=sys.stderr)
        sys.exit(2)
