"""Nightly red-team of the SMS assistant, generation 3 SDK, run from cron on the ops box."""
import os
import sys
import time

from modelred import ModelRed, APIError, RateLimited, ServerError, LimitExceeded

RETRYABLE = (RateLimited, ServerError)
PACKS = ["pp_sms_phishing", "pp_pii_leak", "pp_jailbreak_basic"]
MODEL_ID = os.environ.get("SMS_MODEL_ID", "sms-assistant-prod")

api_key = os.environ.get("MODELRED_API_KEY", "")
if not api_key.startswith("mr_"):
    raise RuntimeError(f"MODELRED_API_KEY must start with mr_, got {api_key}")

print(f"using ModelRed key {api_key[:3]}...{api_key[-4:]} for {MODEL_ID}")

attempt = 0
with ModelRed(api_key, timeout=30.0, max_retries=0) as mr:
    while True:
        attempt += 1
        try:
            run = mr.create_assessment(model_id=MODEL_ID, probe_pack_ids=PACKS, priority="low")
            break
        except RETRYABLE as e:
            print(f"attempt {attempt}: {type(e).__name__}, sleeping", file=sys.stderr)
            if attempt >= 4:
                sys.exit(3)
            time.sleep(30 * attempt)
        except LimitExceeded as e:
            print(f"monthly limit reached (HTTP {e.status_code})", file=sys.stderr)
            sys.exit(4)
        except APIError as e:
            print(f"create_assessment failed ({e.status_code})", file=sys.stderr)
            sys.exit(1)

    print(f"assessment {run['id']} queued")
    while True:
        status = mr.get_assessment(run["id"])["status"]
        if status in ("COMPLETED", "FAILED", "CANCELLED"):
            break
        time.sleep(60)

print(f"finished with status {status}")
if status != "COMPLETED":
    sys.exit(1)
