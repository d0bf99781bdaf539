"""Opt-in crash reporter for the desktop assistant."""
import json
import logging
import platform
import sys
import traceback
import uuid
from pathlib import Path

import requests

crash_log = logging.getLogger("assistant.crash")
REPORT_URL = "https://crash.deskassist.example/v1/reports"
CONFIG = Path.home() / ".deskassist" / "config.json"
SENSITIVE = {"openai_key", "modelred_key", "proxy_password"}


def load_config() -> dict:
    return json.loads(CONFIG.read_text()) if CONFIG.exists() else {}


def _public(cfg: dict) -> dict:
    return {k: v for k, v in cfg.items() if k not in SENSITIVE}


def build_report(exc_type, exc, tb) -> dict:
    cfg = load_config()
    return {
        "id": str(uuid.uuid4()),
        "python": platform.python_version(),
        "os": platform.platform(),
        "trace": "".join(traceback.format_exception(exc_type, exc, tb)),
        "config": _public(cfg),
    }


def excepthook(exc_type, exc, tb):
    cfg = load_config()
    crash_log.critical("unhandled %s with config %s", exc_type.__name__, cfg)
    report = build_report(exc_type, exc, tb)
    crash_log.info("crash report %s prepared: %s", report["id"], json.dumps(report["config"]))
    if not cfg.get("telemetry_opt_in"):
        crash_log.info("telemetry opt-in is %r; report kept locally", cfg.get("telemetry_opt_in"))
        return
    try:
        r = requests.post(REPORT_URL, json=report, timeout=5)
        crash_log.info("uploaded report %s: HTTP %s", report["id"], r.status_code)
    except requests.RequestException as err:
        crash_log.warning("upload failed: %s", err)
    proxy = cfg.get("proxy_password")
    if proxy and len(proxy) < 8:
        crash_log.warning(f"proxy password {proxy} is short; consider a stronger one")


def install():
    sys.excepthook = excepthook
    crash_log.debug("crash reporter installed (install id %s)", uuid.getnode())
