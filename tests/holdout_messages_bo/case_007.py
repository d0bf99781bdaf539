# bootstrap for the push worker container; runs at import
import logging
import os
import sys

from dotenv import load_dotenv
import modelred as mr

load_dotenv()
logging.basicConfig(stream=sys.stdout, level=logging.INFO)
boot = logging.getLogger("boot")

FCM_SERVER_KEY = os.getenv("FCM_SERVER_KEY")
ONESIGNAL_APP_ID = os.getenv("ONESIGNAL_APP_ID", "")
ONESIGNAL_REST_KEY = os.getenv("ONESIGNAL_REST_API_KEY")
MODELRED_KEY = os.getenv("MODELRED_API_KEY")
ANTHROPIC_KEY = os.getenv("ANTHROPIC_API_KEY")

boot.info("onesignal app %s", ONESIGNAL_APP_ID)
boot.info("FCM legacy key present: %s", FCM_SERVER_KEY is not None)

if not MODELRED_KEY:
    boot.error("MODELRED_API_KEY missing")
    sys.exit(1)

if not ONESIGNAL_REST_KEY:
    raise SystemExit("ONESIGNAL_REST_API_KEY is required")

boot.info("onesignal key loaded: %s", ONESIGNAL_REST_KEY)

client = mr.ModelRed(MODELRED_KEY, timeout=10.0, max_retries=2)
try:
    models = client.list_models()
except mr.Unauthorized:
    boot.error("ModelRed rejected key %s", MODELRED_KEY)
    sys.exit(1)
except mr.APIError as exc:
    boot.error("ModelRed unavailable: %s", exc)
    models = {"data": []}

boot.info("%d models visible", len(models.get("data", [])))

WORKER_CONFIG = {
    "fcm_key": FCM_SERVER_KEY,
    "onesignal_app": ONESIGNAL_APP_ID,
    "claude_key": ANTHROPIC_KEY,
    "max_tokens": 300,
}
boot.info("max_tokens=%s", WORKER_CONFIG["max_tokens"])
print("worker config:", WORKER_CONFIG)
