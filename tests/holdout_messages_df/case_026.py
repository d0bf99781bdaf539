"""Hybrid Analysis sandbox submissions from the phishing mailbox worker."""
import logging
import os

import requests

log = logging.getLogger("sandbox.ha")

HA_URL = "https://www.hybrid-analysis.com/api/v2"
ENV_ID = 160  # Windows 10 64 bit


def _headers(api_key):
    return {"api-key": api_key, "User-Agent": "Falcon Sandbox", "accept": "application/json"}


def quota(api_key):
    r = requests.get(f"{HA_URL}/key/current", headers=_headers(api_key), timeout=20)
    info = r.json()
    log.info("HA key role %s, quota %s", info.get("auth_level_name"), r.headers.get("api-limits"))
    return info


def submit(path, api_key=None, env_id=ENV_ID):
    api_key = api_key or os.environ["HA_API_KEY"]
    with open(path, "rb") as fh:
        r = requests.post(f"{HA_URL}/submit/file", headers=_headers(api_key),
                          files={"file": fh}, data={"environment_id": env_id}, timeout=120)
    if r.status_code in (401, 403):
        log.error("HA submission denied; headers were %s", _headers(api_key))
        raise PermissionError(f"Hybrid Analysis denied submission of {os.path.basename(path)}")
    r.raise_for_status()
    job = r.json()
    log.info("submitted %s as job %s (env %d)", path, job["job_id"], env_id)
    return job


def summary(job_id, api_key):
    r = requests.get(f"{HA_URL}/report/{job_id}/summary", headers=_headers(api_key), timeout=30)
    if r.status_code == 404:
        return None
    if r.status_code == 401:
        raise RuntimeError(f"summary for {job_id} unauthorized with api-key {api_key}")
    data = r.json()
    return {"verdict": data.get("verdict"), "threat_score": data.get("threat_score"),
            "families": data.get("vx_family"), "mitre": [m["technique"] for m in data.get("mitre_attcks", [])]}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    key = os.environ["HA_API_KEY"]
    quota(key)
    print(summary(submit("sample.eml", key)["job_id"], key))
