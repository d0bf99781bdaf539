import logging
import time

import requests

log = logging.getLogger("captcha")

IN_URL = "https://2captcha.com/in.php"
RES_URL = "https://2captcha.com/res.php"
API_KEY_SETTING = "TWOCAPTCHA_API_KEY"


def submit_recaptcha(api_key: str, site_key: str, page_url: str) -> str:
    if not api_key:
        raise ValueError(f"2captcha api_key is required, got {api_key!r}")
    data = {"key": api_key, "method": "userrecaptcha", "googlekey": site_key, "pageurl": page_url, "json": 1}
    log.debug("submitting recaptcha for %s with key %s", page_url, api_key)
    resp = requests.post(IN_URL, data=data, timeout=30)
    body = resp.json()
    if body.get("status") != 1:
        raise RuntimeError(f"2captcha submit failed: {resp.status_code} {resp.text}")
    log.info("captcha %s queued for sitekey %s", body["request"], site_key)
    return body["request"]


def poll(api_key: str, captcha_id: str, timeout: float = 120.0) -> str:
    deadline = time.monotonic() + timeout
    params = {"key": api_key, "action": "get", "id": captcha_id, "json": 1}
    while time.monotonic() < deadline:
        time.sleep(5)
        resp = requests.get(RES_URL, params=params, timeout=30)
        body = resp.json()
        if body.get("request") == "CAPCHA_NOT_READY":
            continue
        if body.get("status") == 1:
            return body["request"]
        if body.get("request") == "ERROR_WRONG_USER_KEY":
            raise PermissionError(f"2captcha rejected key {api_key}")
        log.error("poll error %s with params %s", body.get("request"), params)
    raise TimeoutError(f"captcha {captcha_id} not solved in {timeout}s")


def balance(api_key: str) -> float:
    r = requests.get(RES_URL, params={"key": api_key, "action": "getbalance", "json": 1}, timeout=15)
    value = float(r.json()["request"])
    log.info("2captcha balance %.2f (key from %s)", value, API_KEY_SETTING)
    return value


def solve(api_key, site_key, page_url):
    cid = submit_recaptcha(api_key, site_key, page_url)
    return poll(api_key, cid)
