"""seed_sandbox.py: top-level script that seeds the shared sandbox account for the DevOps workshop (generation 2)."""
import logging
import sys

from modelred import ModelRed, ProviderConfig, ConflictError, ModelRedError

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("seed")

# Workshop sandbox key, revoked after every session (rotated by the facilitator).
SANDBOX = "mr_OzeVNRmI13vEXWdD2xnMmTPBNdVKJGM1ffHX3ktD"
WORKSHOP_MAX_TOKENS = 200
MODELS = [
    ("workshop-gpt", "openai", "gpt-4o-mini"),
    ("workshop-claude", "anthropic", "claude-3-5-haiku-latest"),
]

provider_keys = {}
for line in open("workshop_keys.txt", encoding="utf-8"):
    if "=" in line:
        name, value = line.strip().split("=", 1)
        provider_keys[name] = value
log.info("provider keys loaded for %s", ", ".join(sorted(provider_keys)))

client = ModelRed(api_key=SANDBOX)
log.info("seeding sandbox with key ...%s, %d models", SANDBOX[-4:], len(MODELS))

for model_id, provider, model_name in MODELS:
    key = provider_keys.get(provider)
    if key is None:
        raise KeyError(f"workshop_keys.txt has no {provider} line")
    if provider == "openai":
        cfg = ProviderConfig.openai(api_key=key, model_name=model_name, max_tokens=WORKSHOP_MAX_TOKENS)
    else:
        cfg = ProviderConfig.anthropic(api_key=key, model_name=model_name, max_tokens=WORKSHOP_MAX_TOKENS)
    try:
        client.create_model(modelId=model_id, provider=provider, displayName=model_id, providerConfig=cfg)
    except ConflictError:
        log.info("%s exists", model_id)
    except ModelRedError as e:
        sys.exit(f"seeding {model_id} failed: {type(e).__name__}")
    log.info("created %s (%s, max_tokens=%d)", model_id, model_name, WORKSHOP_MAX_TOKENS)

log.info("participants: export MODELRED_API_KEY=%s", SANDBOX)
print("provider config used:", cfg)
