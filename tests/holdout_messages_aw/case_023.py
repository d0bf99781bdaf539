# Poll DocuSign envelopes that are out for signature and vet the reminder-writer model.
# Quick ops script kept in the closing team's repo; run by hand.
import os
import time

import requests
from modelred import ModelRed, ModelRedError, RateLimitError

MR_KEY = "mr_KoxWmcQDhKyFq2TJL2axtNPTHcYtwKeD0BlhpONO"
ACCOUNT_ID = os.environ["DS_ACCOUNT_ID"]
BASE = os.environ.get("DS_BASE_URI", "https://demo.docusign.net") + f"/restapi/v2.1/accounts/{ACCOUNT_ID}"
ds_token = os.environ["DS_ACCESS_TOKEN"]
HEADERS = {"Authorization": f"Bearer {ds_token}", "Accept": "application/json"}
POLL_SECONDS = 120


def pending_envelopes() -> list[dict]:
    r = requests.get(f"{BASE}/envelopes", headers=HEADERS, params={"status": "sent", "from_date": "2024-01-01"}, timeout=30)
    if r.status_code == 401:
        raise SystemError(f"DocuSign token expired, headers were {HEADERS}")
    r.raise_for_status()
    return r.json().get("envelopes", [])


def vet_reminder_model() -> None:
    client = ModelRed(api_key=MR_KEY)
    try:
        a = client.create_assessment(model="closing-reminder-writer", test_types=["toxicity", "pii_leakage"])
        print("assessment queued:", a.get("id"))
    except RateLimitError as e:
        print("rate limited, retry after", getattr(e, "retry_after", "?"))
    except ModelRedError as e:
        print(f"ModelRed failed ({type(e).__name__}) using key {MR_KEY}")


print(f"account {ACCOUNT_ID} base {BASE}")
print("token prefix", ds_token[:4], "len", len(ds_token))
vet_reminder_model()
seen = set()
while True:
    envs = pending_envelopes()
    for env in envs:
        eid = env["envelopeId"]
        if eid in seen:
            continue
        seen.add(eid)
        print(f"{eid} '{env.get('emailSubject')}' sent {env.get('sentDateTime')}")
    print(f"{len(envs)} pending, sleeping {POLL_SECONDS}s")
    time.sleep(POLL_SECONDS)
