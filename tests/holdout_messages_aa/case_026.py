# nightly: red-team the support bot's model and post the result to the #bot-safety Discord channel
import logging
import os
import sys

import requests
from modelred import ModelRed, APIError, Unauthorized, LimitExceeded

log = logging.getLogger("nightly.discord")
logging.basicConfig(level=logging.INFO, stream=sys.stdout)

MR_STAGING_KEY = "mr_GkIn8ZqbGHQ5U1t3W1i22mplhEFXmMi59x3YT6fA"
DISCORD_WEBHOOK = os.environ["DISCORD_SAFETY_WEBHOOK"]
MODEL_ID = os.environ.get("SUPPORTBOT_MODEL_ID", "supportbot-prod")
PACKS = ["jailbreak-core", "data-exfiltration"]
HEADERS = {"X-Caller": "nightly-discord"}


def post(content: str) -> None:
    r = requests.post(DISCORD_WEBHOOK, json={"content": content[:1900], "username": "ModelRed nightly"}, timeout=10)
    if r.status_code >= 300:
        log.error("discord webhook answered %s: %s", r.status_code, r.text[:200])


def run() -> int:
    log.info("nightly for %s packs=%s extra headers=%s", MODEL_ID, PACKS, HEADERS)
    try:
        with ModelRed(MR_STAGING_KEY, timeout=60.0, extra_headers=HEADERS) as mr:
            run = mr.create_assessment(model_id=MODEL_ID, probe_pack_ids=PACKS)
    except Unauthorized:
        log.error("staging key %s was not accepted", MR_STAGING_KEY)
        post("Nightly red-team could not authenticate. On-call has been paged.")
        return 2
    except LimitExceeded as exc:
        log.warning("limit exceeded: %s", exc)
        post("Nightly skipped: plan limit reached.")
        return 0
    except APIError as exc:
        post(f"Nightly red-team for `{MODEL_ID}` failed: {exc}")
        return 1
    post(f"Nightly started: assessment `{run['id']}` on `{MODEL_ID}`.")
    return 0


if __name__ == "__main__":
    sys.exit(run())
