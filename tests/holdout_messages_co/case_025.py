"""Structural pattern matching over a provider config dict."""
from __future__ import annotations

import logging
from typing import Any

import anthropic
import openai

log = logging.getLogger("factory")


def make_client(cfg: dict[str, Any]) -> Any:
    match cfg:
        case {"provider": "openai", "api_key": str(key), **rest}:
            log.info("openai client, options %s", sorted(rest))
            if not key.startswith("sk-"):
                raise ValueError(f"openai api_key malformed: {key}")
            return openai.OpenAI(api_key=key, organization=rest.get("organization"))
        case {"provider": "anthropic", "api_key": str(key)}:
            log.debug("anthropic key from config: %s", key)
            return anthropic.Anthropic(api_key=key)
        case {"provider": "anthropic" | "openai" as p}:
            raise ValueError(f"{p} config is missing api_key")
        case {"provider": p, "model": m}:
            log.warning("provider %s (model %s) not supported", p, m)
            raise NotImplementedError(p)
        case _:
            raise TypeError(f"bad config shape, keys={sorted(cfg)}")


def describe(cfg: dict[str, Any]) -> str:
    match cfg:
        case {"api_key": str(k), "provider": p} if k:
            return f"{p} (key …{k[-4:]})"
        case {"provider": p}:
            return f"{p} (no key)"
    return "unknown"


if __name__ == "__main__":
    import json, sys
    conf = json.load(open(sys.argv[1]))
    print(describe(conf))
    make_client(conf)
