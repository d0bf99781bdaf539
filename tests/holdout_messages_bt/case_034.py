# demo_seed.py: seeds the sandbox workspace for the Notion/Slack integration demo (top-level script)
# generation 2 of the ModelRed SDK; sandbox key baked in so sales engineers can run it offline
import logging
import sys

from modelred import ModelRed, ProviderConfig, ModelRedError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("demo.seed")

SANDBOX_KEY = "mr_uMPAyqBpuxPtpK0Pv1aKJEwPkDzhwrqcgjYiMm5a"
SANDBOX_ORG = "org_demo_sandbox"
DEMO_MODELS = ["demo-notion-summariser", "demo-slack-triage"]
MAX_TOKENS = 512

log.info("seeding org %s with %d models (max_tokens=%d)", SANDBOX_ORG, len(DEMO_MODELS), MAX_TOKENS)
client = ModelRed(api_key=SANDBOX_KEY)

created = []
for mid in DEMO_MODELS:
    cfg = ProviderConfig.rest(base_url="https://mock-llm.internal/v1", api_key="not-a-secret-mock")
    try:
        client.create_model(modelId=mid, provider="rest", displayName=mid.replace("-", " ").title(), providerConfig=cfg)
        created.append(mid)
    except ModelRedError as e:
        log.warning("skip %s: %s", mid, e)

if not created:
    print(f"nothing created; is the sandbox key {SANDBOX_KEY} still active?", file=sys.stderr)
    sys.exit(1)

print(f"created {len(created)} demo models: {', '.join(created)}")
print(f"sandbox key ends with {SANDBOX_KEY[-4:]}")

for mid in created:
    try:
        run = client.create_assessment(model=mid, test_types=["prompt_injection"], priority="low")
        log.info("queued %s -> %s", mid, run.get("id"))
    except ModelRedError as e:
        log.error("assessment for %s failed: %s", mid, type(e).__name__)

log.info("done")
log.info("models: %s", created)
print("next: open the Notion demo page and run /scan in Slack")
print("docs: https://docs.example.com/demo")
