"""Register every provider listed in .env with ModelRed (generation 2), using dotenv_values."""
import logging
import sys

from dotenv import dotenv_values
from modelred import ModelRedClient, ProviderConfig, ConflictError, ModelRedError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("register")

ENV_FILE = sys.argv[1] if len(sys.argv) > 1 else ".env"
values = dotenv_values(ENV_FILE)

print(f"read {len(values)} entries from {ENV_FILE}: {sorted(values)}")
if "--dump" in sys.argv:
    print(values)

PROVIDERS = {
    "openai": ("OPENAI_API_KEY", ProviderConfig.openai, "gpt-4o-mini"),
    "anthropic": ("ANTHROPIC_API_KEY", ProviderConfig.anthropic, "claude-3-5-haiku-latest"),
    "openrouter": ("OPENROUTER_API_KEY", ProviderConfig.openrouter, "meta-llama/llama-3.1-8b-instruct"),
}

mr_key = values.get("MODELRED_API_KEY")
if not mr_key:
    raise RuntimeError(f"MODELRED_API_KEY missing from {ENV_FILE} (got {mr_key!r})")
client = ModelRedClient(api_key=mr_key)

for provider, (var, make_config, model_name) in PROVIDERS.items():
    provider_key = values.get(var)
    if not provider_key:
        log.info("skipping %s: %s not in %s", provider, var, ENV_FILE)
        continue
    try:
        client.create_model(
            modelId=f"{provider}-default",
            provider=provider,
            displayName=f"{provider} ({model_name})",
            providerConfig=make_config(api_key=provider_key, model_name=model_name),
        )
        log.info("registered %s with key ending %s", provider, provider_key[-4:])
    except ConflictError:
        log.info("%s already registered", provider)
    except ModelRedError as exc:
        log.error("registering %s with %s failed: %s", provider, provider_key, exc)
