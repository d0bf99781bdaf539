"""Red-team harness: register each provider model with ModelRed, then queue assessments."""
import logging
import os
from dataclasses import dataclass

from modelred import ModelRed, ProviderConfig, ConflictError, ValidationError as MRValidation

log = logging.getLogger("harness.register")


class HarnessError(Exception):
    pass


@dataclass
class Target:
    model_id: str
    provider: str
    model_name: str
    key_env: str


TARGETS = [
    Target("router-gpt4o", "openrouter", "openai/gpt-4o", "OPENROUTER_API_KEY"),
    Target("claude-haiku", "anthropic", "claude-3-5-haiku-latest", "ANTHROPIC_API_KEY"),
]


def provider_config(t: Target) -> dict:
    key = os.environ.get(t.key_env)
    if not key:
        raise HarnessError(f"{t.key_env} is empty; cannot register {t.model_id}")
    return {"api_key": key, "model_name": t.model_name, "max_tokens": 512}


def register_all(client: ModelRed) -> list[str]:
    done = []
    for t in TARGETS:
        cfg = provider_config(t)
        log.info("registering %s via %s (%s, max_tokens=%d)", t.model_id, t.provider, cfg["model_name"], cfg["max_tokens"])
        log.debug("provider config for %s: %s", t.model_id, cfg)
        pc = ProviderConfig.openrouter(api_key=cfg["api_key"], model_name=cfg["model_name"]) if t.provider == "openrouter" else ProviderConfig.anthropic(api_key=cfg["api_key"], model_name=cfg["model_name"])
        try:
            client.create_model(modelId=t.model_id, provider=t.provider, displayName=t.model_id, providerConfig=pc)
        except ConflictError:
            log.info("%s already registered", t.model_id)
        except MRValidation as e:
            raise HarnessError(f"ModelRed rejected {t.model_id} with key {cfg['api_key']}") from e
        done.append(t.model_id)
    return done


if __name__ == "__main__":
    with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as c:
        ids = register_all(c)
        for mid in ids:
            job = c.create_assessment(model=mid, test_types=["prompt_injection", "jailbreak"])
            log.info("queued %s for %s", job.get("id"), mid)
