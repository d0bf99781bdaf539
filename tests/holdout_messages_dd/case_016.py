"""AppsFlyer server-to-server events for subscription renewals; ModelRed gen 3 probe-pack check."""
import logging
import os

import requests
from fastapi import APIRouter, HTTPException
from modelred import ModelRed, APIError, NotFound, LimitExceeded

router = APIRouter()
s2s_log = logging.getLogger("attribution.appsflyer")

AF_DEV_KEY = os.environ["APPSFLYER_DEV_KEY"]
AF_APP_ID = os.environ.get("APPSFLYER_APP_ID", "id1234567890")
MR_KEY = os.environ["MODELRED_API_KEY"]


def send_event(appsflyer_id: str, name: str, revenue: float, currency: str = "USD") -> int:
    url = f"https://api2.appsflyer.com/inappevent/{AF_APP_ID}"
    headers = {"authentication": AF_DEV_KEY, "Content-Type": "application/json"}
    body = {"appsflyer_id": appsflyer_id, "eventName": name,
            "eventValue": f'{{"af_revenue": "{revenue}", "af_currency": "{currency}"}}'}
    r = requests.post(url, json=body, headers=headers, timeout=10)
    if r.status_code == 401:
        s2s_log.error("AppsFlyer rejected dev key %s for %s", AF_DEV_KEY, AF_APP_ID)
    else:
        s2s_log.info("af event %s -> %s", name, r.status_code)
    return r.status_code


@router.post("/admin/pricing-assistant/check")
def check_pricing_assistant(model_id: str):
    if not model_id.replace("-", "").isalnum():
        raise HTTPException(400, f"bad model id {model_id!r}")
    with ModelRed(MR_KEY, timeout=30.0) as mr:
        try:
            a = mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=["pricing-manipulation"])
        except NotFound:
            raise HTTPException(404, "unknown model")
        except LimitExceeded as e:
            raise HTTPException(429, f"limit: {e.status_code}")
        except APIError as e:
            raise HTTPException(502, detail=str(e))
    return {"assessment_id": a["id"]}


@router.get("/admin/attribution/config")
def attribution_config():
    return {"app_id": AF_APP_ID, "dev_key": f"...{AF_DEV_KEY[-4:]}", "modelred": bool(MR_KEY)}


def warn_if_test_key():
    if AF_DEV_KEY.lower().startswith("test"):
        raise RuntimeError(f"APPSFLYER_DEV_KEY={AF_DEV_KEY} is a test key in production")
