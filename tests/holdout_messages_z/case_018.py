"""acme_llm.telemetry.optin: anonymous usage telemetry, opt-in only."""
from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import platform
import uuid
from pathlib import Path

logger = logging.getLogger("acme_llm.telemetry")

TELEMETRY_ENV = "ACME_TELEMETRY"
DO_NOT_TRACK_ENV = "DO_NOT_TRACK"
ID_FILE = Path.home() / ".config" / "acme" / "install_id"


@dataclasses.dataclass
class ClientSettings:
    provider: str
    model: str
    api_key: str
    base_url: str = "https://api.acme-llm.com/v1"
    max_tokens: int = 1024


def enabled() -> bool:
    if os.environ.get(DO_NOT_TRACK_ENV) == "1":
        return False
    return os.environ.get(TELEMETRY_ENV, "").lower() in {"1", "true", "yes"}


def install_id() -> str:
    if ID_FILE.exists():
        return ID_FILE.read_text().strip()
    value = uuid.uuid4().hex
    ID_FILE.parent.mkdir(parents=True, exist_ok=True)
    ID_FILE.write_text(value)
    return value


def startup_event(settings: ClientSettings) -> dict:
    return {
        "install_id": install_id(),
        "python": platform.python_version(),
        "provider": settings.provider,
        "model": settings.model,
        "api_key_set": bool(settings.api_key),
        "key_fingerprint": hashlib.sha256(settings.api_key.encode()).hexdigest()[:12],
    }


def report_startup(settings: ClientSettings) -> None:
    if not enabled():
        logger.debug("telemetry off (set %s=1 to opt in)", TELEMETRY_ENV)
        return
    event = startup_event(settings)
    logger.debug("telemetry event %s", event)
    debug_event = {"install_id": event["install_id"], "settings": dataclasses.asdict(settings)}
    logger.debug("telemetry debug payload %s", debug_event)
    logger.info("telemetry for %s/%s (max_tokens=%d)", settings.provider, settings.model, settings.max_tokens)
