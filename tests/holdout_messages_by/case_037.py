import logging
import os
import time

import requests

log = logging.getLogger("orb.plans")


def orb_session() -> requests.Session:
    s = requests.Session()
    s.headers.update({"Authorization": "Bearer " + os.environ["ORB_API_KEY"], "Content-Type": "application/json"})
    return s


def change_plan(customer_id: str, plan_id: str, orb_token: str | None = None) -> dict:
    s = orb_session()
    if orb_token:
        s.headers["Authorization"] = f"Bearer {orb_token}"
    subs = s.get("https://api.withorb.com/v1/subscriptions", params={"customer_id": customer_id}).json()["data"]
    if not subs:
        raise LookupError(f"customer {customer_id} has no subscription")
    sub_id = subs[0]["id"]
    for attempt in range(3):
        r = s.post(f"https://api.withorb.com/v1/subscriptions/{sub_id}/schedule_plan_change",
                   json={"plan_id": plan_id, "change_option": "end_of_subscription_term"})
        if r.status_code == 429:
            log.info("orb rate limited, attempt %d", attempt)
            time.sleep(2 ** attempt)
            continue
        if r.status_code in (401, 403):
            log.error("orb auth failure with override token %s", orb_token)
            raise PermissionError(f"Orb refused {s.headers['Authorization']}")
        r.raise_for_status()
        log.info("scheduled %s -> %s for %s", sub_id, plan_id, customer_id)
        return r.json()
    raise TimeoutError(f"Orb kept rate limiting plan change for {customer_id}")


def upgrade_if_over_quota(customer_id: str, tokens_used: int, token_limit: int) -> None:
    if tokens_used <= token_limit:
        return
    log.warning("%s over quota %d/%d, upgrading", customer_id, tokens_used, token_limit)
    change_plan(customer_id, "plan_growth")
