"""Mixpanel funnel export feeding a weekly campaign-performance summary (gen 3 ModelRed gate)."""
import logging
import os
import warnings

import requests
from modelred import ModelRed, LimitExceeded, ModelRedError

log = logging.getLogger("analytics.weekly")

MIXPANEL_PROJECT_ID = os.environ.get("MIXPANEL_PROJECT_ID", "0")
SA_USER = os.environ.get("MIXPANEL_SA_USERNAME", "")
SA_SECRET_ENV = "MIXPANEL_SA_SECRET"


def funnel(funnel_id: int, from_date: str, to_date: str) -> dict:
    sa_secret = os.environ.get(SA_SECRET_ENV)
    if sa_secret is None:
        warnings.warn(f"{SA_SECRET_ENV} is not set; funnel export will fail")
    r = requests.get(
        "https://mixpanel.com/api/query/funnels",
        params={"project_id": MIXPANEL_PROJECT_ID, "funnel_id": funnel_id, "from_date": from_date, "to_date": to_date},
        auth=(SA_USER, sa_secret),
        timeout=60,
    )
    if r.status_code == 401:
        warnings.warn(f"mixpanel auth failed for {SA_USER}:{sa_secret}")
    log.info("funnel %s for project %s user %s -> %s", funnel_id, MIXPANEL_PROJECT_ID, SA_USER, r.status_code)
    return r.json()


def gate_summary_model(model_id: str) -> bool:
    key = os.environ["MODELRED_API_KEY"]
    with ModelRed(key, timeout=20.0) as mr:
        try:
            mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=["data-leakage"])
        except LimitExceeded:
            log.warning("assessment limit reached for this month")
            return False
        except ModelRedError as e:
            log.error("gate failed (%s) with key %s", type(e).__name__, key)
            return False
    log.info("gate queued with key ...%s", key[-4:])
    return True
