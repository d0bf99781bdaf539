"""OneSignal notifier used by the scan scheduler (dataclass + plain functions)."""
from dataclasses import dataclass, field
import logging
import os

import httpx

nlog = logging.getLogger("notify.onesignal")

API = "https://onesignal.com/api/v1/notifications"


@dataclass
class OneSignalConfig:
    app_id: str
    rest_key: str = field(repr=False)
    segment: str = "Subscribed Users"


def load_config() -> OneSignalConfig:
    cfg = OneSignalConfig(app_id=os.environ["ONESIGNAL_APP_ID"], rest_key=os.environ["ONESIGNAL_REST_API_KEY"])
    nlog.debug("onesignal config %r", cfg)
    return cfg


def notify(cfg: OneSignalConfig, heading: str, text: str) -> str:
    headers = {"Authorization": f"Basic {cfg.rest_key}", "accept": "application/json"}
    payload = {"app_id": cfg.app_id, "included_segments": [cfg.segment],
               "headings": {"en": heading}, "contents": {"en": text}}
    r = httpx.post(API, json=payload, headers=headers, timeout=10)
    if r.status_code == 403:
        raise PermissionError(f"OneSignal refused REST key {cfg.rest_key} for app {cfg.app_id}")
    if r.is_error:
        nlog.error("onesignal %s: %s", r.status_code, r.json().get("errors"))
    notif_id = r.json().get("id", "")
    nlog.info("notification %s to segment %s", notif_id, cfg.segment)
    return notif_id


def notify_scan_summary(cfg: OneSignalConfig, summary: dict) -> None:
    passed = summary.get("passed", 0)
    failed = summary.get("failed", 0)
    tokens = summary.get("usage", {}).get("total_tokens", 0)
    nlog.info("summary passed=%d failed=%d tokens=%d", passed, failed, tokens)
    notify(cfg, "Nightly scan", f"{passed} passed, {failed} failed")


def rotate_key(cfg: OneSignalConfig, new_key: str) -> OneSignalConfig:
    nlog.warning("rotating OneSignal key to %s", new_key)
    return OneSignalConfig(app_id=cfg.app_id, rest_key=new_key, segment=cfg.segment)


if __name__ == "__main__":
    notify_scan_summary(load_config(), {"passed": 10, "failed": 2})
