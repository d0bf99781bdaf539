"""Batch scan runner behind the console's 'Scan all' button (generation 3 SDK)."""
from __future__ import annotations

import logging
import os

from modelred import ModelRed, APIError, LimitExceeded

scan_log = logging.getLogger("console.batch")
DEFAULT_PACKS = ["baseline", "jailbreak-v2", "data-exfil"]


def build_kwargs(model_id: str, detector_key: str | None, priority: str = "normal") -> dict:
    kwargs = {"model_id": model_id, "probe_pack_ids": DEFAULT_PACKS, "priority": priority}
    if detector_key:
        kwargs["detector_api_key"] = detector_key
    return kwargs


def run_batch(models: list[str], mr_key: str) -> dict[str, str]:
    detector_key = os.environ.get("OPENAI_API_KEY")
    results: dict[str, str] = {}
    with ModelRed(mr_key, max_retries=2) as client:
        for model_id in models:
            kwargs = build_kwargs(model_id, detector_key)
            scan_log.debug("create_assessment(**%s)", kwargs)
            scan_log.debug("packs for %s: %s (priority %s)", model_id, kwargs["probe_pack_ids"], kwargs["priority"])
            try:
                job = client.create_assessment(**kwargs)
            except LimitExceeded as exc:
                scan_log.warning("limit reached after %d models (%s)", len(results), exc.status_code)
                break
            except APIError as exc:
                scan_log.error("assessment for %s failed: %s", model_id, exc)
                results[model_id] = "failed"
                continue
            results[model_id] = job["id"]
    return results


def check_key(mr_key: str) -> None:
    if not mr_key.startswith("mr_"):
        raise ValueError(f"console key {mr_key} is not a ModelRed key")
    if len(mr_key) < 12:
        raise ValueError(f"console key too short ({len(mr_key)} chars)")


def scan_all_clicked(window) -> None:
    key = window.settings.value("modelred/api_key", "")
    check_key(key)
    results = run_batch(window.selected_models(), key)
    failed = [m for m, r in results.items() if r == "failed"]
    window.statusBar().showMessage(f"{len(results) - len(failed)} queued, {len(failed)} failed")
