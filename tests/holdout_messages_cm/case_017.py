"""Revit add-in sidecar: pyRevit script posts the model summary to our service."""
import json
import logging
import os
import urllib.request
import urllib.error

slog = logging.getLogger("revit.sidecar")

SERVICE_URL = os.environ.get("BIM_SUMMARY_URL", "https://bim-summary.internal/api/summary")
CONFIG_PATH = os.path.join(os.environ.get("APPDATA", "."), "BimSummary", "config.json")


def read_config():
    with open(CONFIG_PATH, encoding="utf-8") as fh:
        cfg = json.load(fh)
    slog.info("config loaded from %s with fields %s", CONFIG_PATH, list(cfg))
    return cfg


def post_summary(summary: dict, cfg: dict):
    api_token = cfg["service_token"]
    data = json.dumps(summary).encode()
    req = urllib.request.Request(SERVICE_URL, data=data, method="POST", headers={
        "Content-Type": "application/json",
        "X-Service-Token": api_token,
    })
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            slog.info("summary accepted: %s", resp.status)
            return json.loads(resp.read())
    except urllib.error.HTTPError as err:
        detail = err.read().decode(errors="replace")
        slog.error("summary rejected %s: %s", err.code, detail)
        if err.code == 403:
            raise PermissionError("service token %s not allowed for %s" % (api_token, cfg.get("office")))
        raise


def summarise_document(doc) -> dict:
    walls = [e for e in doc.get("elements", []) if e.get("category") == "Walls"]
    return {
        "title": doc.get("title"),
        "wall_count": len(walls),
        "levels": sorted({e.get("level") for e in walls if e.get("level")}),
    }


def run(doc):
    cfg = read_config()
    slog.debug("office %s, token set %s", cfg.get("office"), "service_token" in cfg)
    slog.debug("sidecar token %s", cfg["service_token"])
    return post_summary(summarise_document(doc), cfg)
