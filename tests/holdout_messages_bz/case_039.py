#!/usr/bin/env python3
"""Verify that every environment's LLM keys differ (no key shared across dev/stage/prod)."""
import itertools
import logging
import sys

import hvac

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
_log = logging.getLogger("keydiff")

ENVIRONMENTS = ("dev", "stage", "prod")
PROVIDERS = ("openai", "anthropic", "modelred")


def fetch(client: hvac.Client, env: str) -> dict[str, str]:
    data = client.secrets.kv.v2.read_secret_version(path=f"{env}/llm")["data"]["data"]
    return {p: data.get(f"{p}_api_key", "") for p in PROVIDERS}


def compare(keys: dict[str, dict[str, str]]) -> list[tuple[str, str, str]]:
    clashes = []
    for a, b in itertools.combinations(ENVIRONMENTS, 2):
        for p in PROVIDERS:
            if keys[a][p] and keys[a][p] == keys[b][p]:
                clashes.append((p, a, b))
    return clashes


client = hvac.Client()
if not client.is_authenticated():
    _log.error("not logged in to vault at %s", client.url)
    sys.exit(1)

all_keys = {env: fetch(client, env) for env in ENVIRONMENTS}
for env, provs in all_keys.items():
    _log.info("%s: %s", env, {p: bool(v) for p, v in provs.items()})
clashes = compare(all_keys)
for provider, a, b in clashes:
    _log.error("%s key shared between %s and %s", provider, a, b)
    _log.error("shared value: %s", all_keys[a][provider])
missing = [(env, p) for env, provs in all_keys.items() for p, v in provs.items() if not v]
if missing:
    _log.warning("missing: %s", missing)
sys.exit(1 if clashes else 0)
