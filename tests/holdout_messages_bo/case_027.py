# demo_seed.py - seeds the staging app with demo users and a demo scan; run by hand
import logging
import sys

from modelred import ModelRed, APIError, NotAllowedForApiKey

logging.basicConfig(level=logging.INFO)
seed_log = logging.getLogger("seed")

STAGING_MR = "mr_pKOJeI8xmH6aSBM4tW1jZXI48WDgiimaRYdTgbHS"
DEMO_USERS = ["ava@example.com", "li@example.com"]
DEMO_MODEL = "staging-chat"

seed_log.info("seeding %d demo users", len(DEMO_USERS))

client = ModelRed(STAGING_MR, timeout=15.0)
try:
    page = client.list_models(limit=5)
except NotAllowedForApiKey:
    seed_log.error("staging key not allowed to list models")
    sys.exit(1)
except APIError as exc:
    seed_log.error("list_models failed: %s", exc)
    sys.exit(1)

names = [m.get("modelId") for m in page.get("data", [])]
seed_log.info("existing models: %s", names)
if DEMO_MODEL not in names:
    seed_log.warning("demo model %s missing; create it with key %s", DEMO_MODEL, STAGING_MR)

try:
    a = client.create_assessment(model_id=DEMO_MODEL, probe_pack_ids=["starter"])
except APIError as exc:
    seed_log.error("create_assessment failed with status %s", getattr(exc, "status_code", None))
    sys.exit(2)

for email in DEMO_USERS:
    seed_log.info("demo user %s will see assessment %s", email, a.get("id"))

client.close()
print("done; key prefix", STAGING_MR[:3])
sys.stdout.flush()
seed_log.info("seed complete")
seed_log.info("remember to rotate staging keys weekly")
