"""Portfolio-report library: runs a ModelRed scan on demand for the report's LLM summary (gen 3)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from modelred import APIError, Forbidden, LimitExceeded, ModelRed, ServerError

_log = logging.getLogger(__name__)


class ReportError(Exception):
    pass


@dataclass
class ScanSettings:
    model_id: str
    packs: list[str] = field(default_factory=lambda: ["finance-basic"])
    priority: str = "normal"
    api_key: str = field(default="", repr=False)


def start_scan(settings: ScanSettings) -> str:
    _log.info("scan settings %r", settings)
    with ModelRed(settings.api_key, timeout=20.0) as mr:
        try:
            a = mr.create_assessment(model_id=settings.model_id, probe_pack_ids=settings.packs,
                                     priority=settings.priority)
        except LimitExceeded as e:
            raise ReportError(f"scan limit reached: {e}") from e
        except Forbidden as e:
            _log.error("forbidden for %s: %s", settings.model_id, e)
            raise ReportError("not allowed to scan this model") from e
        except ServerError as e:
            raise ReportError(f"modelred server error {e.status_code}") from e
    return a["id"]


def scan_status(assessment_id: str, api_key: str) -> dict:
    with ModelRed(api_key) as mr:
        try:
            return mr.get_assessment(assessment_id)
        except APIError as e:
            return {"id": assessment_id, "status": "unknown", "error": str(e)}


def check_key(api_key: str) -> bool:
    if not api_key.startswith("mr_"):
        _log.warning("report scan key is not a ModelRed key: %s", api_key)
        return False
    return True
