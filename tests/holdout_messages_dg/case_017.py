import os
import logging
import modelred as mr

# nightly scan cron: generation-2 client through the module alias

logging.basicConfig(format="%(asctime)s %(levelname)s %(message)s", level=logging.INFO)
LOG = logging.getLogger("nightly")

api_key = os.environ.get("MODELRED_API_KEY")
anthropic_key = os.environ.get("ANTHROPIC_API_KEY")
models = os.environ.get("NIGHTLY_MODELS", "claude-support,claude-sales").split(",")

LOG.info("nightly scan for %d models, modelred key set=%s", len(models), api_key is not None)
client = mr.ModelRedClient(api_key=api_key)
LOG.info("ANTHROPIC_API_KEY set: %s", "yes" if anthropic_key else "no")

for model in models:
    try:
        client.get_model(model)
    except mr.NotFoundError:
        cfg = mr.ProviderConfig.anthropic(api_key=anthropic_key, model_name="claude-3-5-haiku-latest")
        LOG.info("creating %s with model_name=%s", model, "claude-3-5-haiku-latest")
        client.create_model(modelId=model, provider="anthropic", displayName=model, providerConfig=cfg)

results = {}
for model in models:
    try:
        a = client.create_assessment(model=model, test_types=["jailbreak", "pii_leak"], priority="low")
        results[model] = client.wait_for_completion(a["id"], timeout=1800)
    except mr.RateLimitError as e:
        LOG.warning("rate limited on %s: %s", model, e)
    except mr.ModelRedError as e:
        LOG.error("%s failed: %s", model, type(e).__name__)

for model, res in results.items():
    LOG.info("%s score=%s", model, res.get("overall_score"))

if not results:
    LOG.error("no results; env was MODELRED_API_KEY=%s ANTHROPIC_API_KEY=%s", api_key, anthropic_key)
    raise SystemExit(1)
print(f"finished {len(results)} scans")
print("anthropic key used: ...." + anthropic_key[-4:])
