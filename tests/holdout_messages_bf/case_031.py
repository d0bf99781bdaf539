"""Running-shoe mileage tracker: sync from Coros and Suunto, plain functions."""
import logging
import os
import time

import requests

mlog = logging.getLogger("shoes.sync")

COROS_APP_ID = os.environ.get("COROS_APP_ID", "")
COROS_APP_KEY = os.environ.get("COROS_APP_KEY", "")
SUUNTO_SUBSCRIPTION_KEY = os.environ.get("SUUNTO_SUBSCRIPTION_KEY", "")
SUUNTO_KEY_HEADER = "Ocp-Apim-Subscription-Key"


def coros_workouts(open_id, access_token, start, end):
    params = {"token": access_token, "openId": open_id, "startDate": start, "endDate": end}
    r = requests.get("https://open.coros.com/v2/coros/sport/list", params=params, timeout=20)
    payload = r.json()
    if payload.get("result") != "0000":
        mlog.error("coros error %s for open id %s", payload.get("message"), open_id)
        raise RuntimeError(f"coros sync failed for {open_id} with token {access_token}")
    return payload.get("data", [])


def suunto_workouts(user_token, since_ms):
    headers = {SUUNTO_KEY_HEADER: SUUNTO_SUBSCRIPTION_KEY, "Authorization": user_token}
    r = requests.get("https://cloudapi.suunto.com/v2/workouts", params={"since": since_ms}, headers=headers, timeout=20)
    if r.status_code == 401:
        mlog.warning("suunto 401, sent headers %s", headers)
        return []
    r.raise_for_status()
    mlog.info("suunto workouts fetched, header name %s", SUUNTO_KEY_HEADER)
    return r.json().get("payload", [])


def total_km(workouts, field="distance"):
    return round(sum(w.get(field, 0) for w in workouts) / 1000, 1)


def sync_member(member):
    since = int((time.time() - 7 * 86400) * 1000)
    coros = coros_workouts(member["coros_open_id"], member["coros_token"], "20250101", "20250107")
    suunto = suunto_workouts(member["suunto_token"], since)
    km = total_km(coros) + total_km(suunto)
    mlog.info("member %s: %.1f km this week (coros app %s)", member["id"], km, COROS_APP_ID)
    return km


if __name__ == "__main__":
    if not COROS_APP_KEY:
        mlog.error("COROS_APP_KEY unset (%r)", COROS_APP_KEY)
    sync_member({"id": "m1", "coros_open_id": "o1", "coros_token": os.environ["COROS_TOKEN"], "suunto_token": os.environ["SUUNTO_TOKEN"]})
