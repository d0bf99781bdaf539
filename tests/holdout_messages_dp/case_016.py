# Exported from notebook: sentry_breadcrumbs_demo.ipynb
import os
import warnings

import sentry_sdk
from modelred import *

# %%
MR_KEY = "mr_e8BuzE141dCzVmGo5lqcTXdkdNqnkyd6iYtWII6o"
SENTRY_DSN = os.environ.get("SENTRY_DSN")
sentry_sdk.init(dsn=SENTRY_DSN, traces_sample_rate=1.0)
print("sentry enabled:", SENTRY_DSN is not None)

# %%
sentry_sdk.add_breadcrumb(category="setup", message="creating client", level="info")
client = ModelRed(MR_KEY)
print(f"client created with {MR_KEY}")
print("key tail", MR_KEY[-4:])

# %%
try:
    packs = client.list_owned_probes()
    print(f"{len(packs)} probe packs")
except Unauthorized as e:
    sentry_sdk.capture_exception(e)
    warnings.warn(f"key {MR_KEY} was rejected by ModelRed")
except APIError as e:
    print("listing failed:", type(e).__name__)

# %%
with sentry_sdk.start_transaction(op="demo", name="assessment demo") as txn:
    txn.set_tag("pack", "owasp-llm-top10")
    try:
        run = client.create_assessment(model_id="demo-model", probe_pack_ids=["owasp-llm-top10"])
        txn.set_data("assessment_id", run["id"])
    except LimitExceeded as e:
        sentry_sdk.capture_message(f"limit exceeded: {type(e).__name__}", level="warning")
        run = None

# %%
if run:
    status = client.get_assessment(run["id"])
    print(status["status"])
client.close()
