"""Register the itinerary assistant's provider models with ModelRed (generation 2)."""
import logging
import os
import sys

from modelred import ModelRed, ProviderConfig, ConflictError, ValidationError, ModelRedError

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("register")

openai_key = os.environ.get("OPENAI_API_KEY")
anthropic_key = os.environ.get("ANTHROPIC_API_KEY")
mr_key = os.environ["MODELRED_API_KEY"]
MAX_TOKENS = 1024

client = ModelRed(api_key=mr_key)
log.info("ModelRed client for org %s, key length %d", os.getenv("MODELRED_ORG", "default"), len(mr_key))

models = []
if openai_key:
    models.append(("itinerary-gpt4o", "openai", "Itinerary GPT-4o", ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o", max_tokens=MAX_TOKENS)))
if anthropic_key:
    models.append(("itinerary-claude", "anthropic", "Itinerary Claude", ProviderConfig.anthropic(api_key=anthropic_key, model_name="claude-3-5-sonnet-latest", max_tokens=MAX_TOKENS)))
else:
    log.warning("ANTHROPIC_API_KEY not set, got %r; skipping Claude", anthropic_key)

if not models:
    log.error("no provider keys configured (max_tokens=%d)", MAX_TOKENS)
    sys.exit(2)

for model_id, provider, name, cfg in models:
    log.debug("creating %s with provider config %s", model_id, cfg)
    try:
        client.create_model(modelId=model_id, provider=provider, displayName=name, providerConfig=cfg)
        log.info("registered %s (%s)", model_id, provider)
    except ConflictError:
        log.info("%s already registered", model_id)
    except ValidationError as e:
        log.error("validation failed for %s: %s", model_id, e)
    except ModelRedError as e:
        log.error("could not register %s: %s", model_id, type(e).__name__)

if "--debug-keys" in sys.argv:
    print("openai key set:", bool(openai_key), "anthropic key set:", anthropic_key is not None, file=sys.stderr)

assessment = client.create_assessment(model="itinerary-gpt4o", test_types=["prompt_injection", "data_leakage"], priority="normal")
log.info("assessment %s queued", assessment.get("id"))
