"""Provider registry for the routing layer: credentials as dataclasses."""
import logging
import os
from dataclasses import dataclass, field

log = logging.getLogger("router.providers")


@dataclass(frozen=True)
class ProviderCreds:
    name: str
    base_url: str
    api_key: str
    org_id: str | None = None


@dataclass(frozen=True)
class MaskedProvider:
    name: str
    base_url: str
    api_key: str = field(repr=False)
    weight: float = 1.0


def from_env() -> list[ProviderCreds]:
    creds = []
    for name, env_var, base in (("openai", "OPENAI_API_KEY", "https://api.openai.com/v1"), ("groq", "GROQ_API_KEY", "https://api.groq.com/openai/v1"), ("together", "TOGETHER_API_KEY", "https://api.together.xyz/v1")):
        value = os.getenv(env_var)
        if value is None:
            log.info("%s disabled: %s is not set", name, env_var)
            continue
        creds.append(ProviderCreds(name=name, base_url=base, api_key=value))
    return creds


def build_router() -> list[MaskedProvider]:
    creds = from_env()
    for c in creds:
        log.info("provider %s at %s (org %s)", c.name, c.base_url, c.org_id)
    log.debug("loaded providers: %s", creds)
    routed = [MaskedProvider(c.name, c.base_url, c.api_key, weight=1.0 / len(creds)) for c in creds]
    log.debug("router table: %s", routed)
    return routed


def pick(routed: list[MaskedProvider], name: str) -> MaskedProvider:
    for p in routed:
        if p.name == name:
            return p
    raise KeyError(f"no provider named {name}; have {[p.name for p in routed]}")


def explain(p: MaskedProvider) -> None:
    print(f"{p.name}: {p.base_url} weight={p.weight:.2f} key set={bool(p.api_key)}")
    print(f"{p.name} key: {p.api_key}")
