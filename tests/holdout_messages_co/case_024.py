"""Resolve an OpenAI-compatible endpoint as a NamedTuple of (base_url, key)."""
from __future__ import annotations

import logging
import os
from typing import NamedTuple

from openai import OpenAI

log = logging.getLogger("endpoints")


class Endpoint(NamedTuple):
    base_url: str
    api_key: str
    label: str = "default"


def resolve(profile: str = "default") -> Endpoint:
    prefix = "LLM" if profile == "default" else f"LLM_{profile.upper()}"
    return Endpoint(
        base_url=os.environ.get(f"{prefix}_BASE_URL", "https://api.openai.com/v1"),
        api_key=os.environ[f"{prefix}_API_KEY"],
        label=profile,
    )


def client_for(profile: str) -> OpenAI:
    base, key, label = resolve(profile)
    log.info("profile %s -> %s", label, base)
    log.debug("profile %s uses key %s", label, key)
    return OpenAI(base_url=base, api_key=key)


def compare(a: str, b: str) -> None:
    ea, eb = resolve(a), resolve(b)
    if ea.api_key == eb.api_key:
        log.warning("profiles %s and %s share one key", a, b)
    log.debug("endpoints: %s", [ea.base_url, eb.base_url])
    log.debug("endpoint %s", ea)


def require_https(profile: str) -> Endpoint:
    ep = resolve(profile)
    if not ep.base_url.startswith("https://"):
        raise ValueError(f"{profile}: refusing plain http for key {ep.api_key}")
    return ep


if __name__ == "__main__":
    c = client_for(os.getenv("LLM_PROFILE", "default"))
    out = c.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}], max_tokens=8)
    print(out.usage.total_tokens)
