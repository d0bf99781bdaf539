"""Opsgenie + Sentry alerting for failed probe-pack syncs (generation 3 SDK)."""
import logging
import os

import requests
import sentry_sdk
from modelred import ModelRed, Forbidden, NotFound, ModelRedError

sync_log = logging.getLogger("packs.sync")

OPSGENIE_URL = "https://api.opsgenie.com/v2/alerts"


def opsgenie_alert(message: str, priority: str = "P3") -> None:
    genie_key = os.environ["OPSGENIE_API_KEY"]
    resp = requests.post(
        OPSGENIE_URL,
        headers={"Authorization": f"GenieKey {genie_key}"},
        json={"message": message[:130], "priority": priority, "tags": ["modelred"]},
        timeout=10,
    )
    if resp.status_code >= 300:
        sync_log.error("opsgenie %s: %s", resp.status_code, resp.text)
        sync_log.error("opsgenie alert failed with GenieKey %s", genie_key)


def sync_pack(pack_id: str, api_key: str) -> dict:
    sentry_sdk.set_tag("pack_id", pack_id)
    try:
        with ModelRed(api_key, timeout=45.0, max_retries=2) as client:
            pack = client.get_probe_pack(pack_id)
            data = client.get_probe_pack_data(pack_id)
    except NotFound:
        opsgenie_alert(f"probe pack {pack_id} disappeared")
        return {"pack": pack_id, "synced": False}
    except Forbidden as exc:
        sync_log.warning("forbidden for pack %s: %s", pack_id, exc)
        raise PermissionError(f"key {api_key} may not read pack {pack_id}") from exc
    except ModelRedError as exc:
        sentry_sdk.capture_exception(exc)
        opsgenie_alert(f"pack sync failed: {type(exc).__name__}", priority="P2")
        return {"pack": pack_id, "synced": False}
    sync_log.info("synced pack %s (%d probes)", pack.get("name"), len(data.get("probes", [])))
    return {"pack": pack_id, "synced": True}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sentry_sdk.init(dsn=os.getenv("SENTRY_DSN"))
    for pid in os.environ.get("PACK_IDS", "").split(","):
        if pid:
            print(sync_pack(pid, os.environ["MODELRED_API_KEY"]))
