"""Pick a provider and key for each request, with fallback on failure."""
import hashlib
import logging
import os
import random

log = logging.getLogger("router")

PROVIDERS = {
    "openai": {"key_env": "OPENAI_API_KEY", "base": "https://api.openai.com/v1", "weight": 3},
    "groq": {"key_env": "GROQ_API_KEY", "base": "https://api.groq.com/openai/v1", "weight": 1},
    "together": {"key_env": "TOGETHER_API_KEY", "base": "https://api.together.xyz/v1", "weight": 1},
}


def fingerprint(secret):
    return hashlib.sha256(secret.encode()).hexdigest()[:12]


def available():
    out = []
    for name, spec in PROVIDERS.items():
        key = os.environ.get(spec["key_env"])
        if key:
            out.append((name, spec["base"], key))
        else:
            log.info("provider %s disabled: %s unset", name, spec["key_env"])
    return out


def choose(exclude=()):
    pool = [p for p in available() if p[0] not in exclude]
    if not pool:
        raise LookupError(f"no provider left (excluded: {', '.join(exclude)})")
    weights = [PROVIDERS[p[0]]["weight"] for p in pool]
    name, base, key = random.choices(pool, weights=weights, k=1)[0]
    log.debug("routing to %s at %s (key %s)", name, base, fingerprint(key))
    return name, base, key


def route_with_fallback(send):
    tried = []
    while True:
        name, base, key = choose(exclude=tried)
        try:
            return send(base, key)
        except ConnectionError as exc:
            log.warning("provider %s failed (%s), key was %s", name, exc, key)
            tried.append(name)
            log.info("providers tried so far: %s", tried)
