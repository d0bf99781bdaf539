# scan_paid_tenants.py -- run weekly ModelRed scans for every paying tenant (gen 2 SDK)
# run from cron on Mondays; reads keys from the job environment
import os
import logging

import stripe
import modelred as mr
from modelred import ProviderConfig, RateLimitError, ValidationError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("weekly-scan")

stripe.api_key = os.environ["STRIPE_API_KEY"]
modelred_key = os.environ["MODELRED_API_KEY"]
anthropic_key = os.environ["ANTHROPIC_API_KEY"]

client = mr.ModelRedClient(api_key=modelred_key)
log.info("ModelRed client ready, key prefix %s", modelred_key[:3])

subs = stripe.Subscription.list(status="active", limit=100)
for sub in subs.auto_paging_iter():
    tenant = sub["metadata"].get("tenant_slug")
    if not tenant:
        continue
    model_id = f"{tenant}-assistant"
    cfg = ProviderConfig.anthropic(api_key=anthropic_key, model_name="claude-3-5-sonnet-latest", max_tokens=1024)
    try:
        client.create_model(modelId=model_id, provider="anthropic", displayName=f"{tenant} assistant", providerConfig=cfg)
    except ValidationError as e:
        log.warning("model %s not created: %s", model_id, e)
        log.warning("provider config was %s", cfg)
        continue
    try:
        run = client.create_assessment(model=model_id, test_types=["jailbreak", "pii"], priority="low")
    except RateLimitError as e:
        log.info("rate limited, retry after %s", getattr(e, "retry_after", "?"))
        break
    log.info("scan %s queued for %s (max_tokens=%d)", run["id"], tenant, 1024)

print(f"done; Anthropic key {anthropic_key} used for all tenants")
