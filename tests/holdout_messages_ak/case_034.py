"""Home Assistant diagnostics + repair issue for the ModelRed Guard integration."""
from __future__ import annotations

import logging
from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.const import CONF_API_KEY
from homeassistant.helpers import issue_registry as ir

_LOGGER = logging.getLogger(__name__)
DOMAIN = "modelred_guard"
TO_REDACT = {CONF_API_KEY, "openai_api_key", "detector_api_key"}
CONF_DETECTOR_KEY = "detector_api_key"


async def async_get_config_entry_diagnostics(hass, entry) -> dict[str, Any]:
    data = {"entry": dict(entry.data), "options": dict(entry.options)}
    _LOGGER.debug("diagnostics requested for %s", entry.entry_id)
    redacted = async_redact_data(data, TO_REDACT)
    _LOGGER.debug("diagnostics payload: %s", redacted)
    return redacted


def legacy_detector_key(hass, entry) -> None:
    detector_key = entry.options.get(CONF_DETECTOR_KEY)
    if detector_key is None:
        return
    _LOGGER.warning("option %s is deprecated and ignored", CONF_DETECTOR_KEY)
    _LOGGER.warning("ignoring legacy detector key %s", detector_key)
    ir.async_create_issue(
        hass,
        DOMAIN,
        f"legacy_detector_key_{entry.entry_id}",
        is_fixable=True,
        severity=ir.IssueSeverity.WARNING,
        translation_key="legacy_detector_key",
        translation_placeholders={"entry": entry.title},
    )


def summarize_entry(entry) -> str:
    key = entry.data.get(CONF_API_KEY, "")
    return f"{entry.title}: key …{key[-4:]} ({len(key)} chars), model {entry.data.get('model_id')}"


def log_entries(hass) -> None:
    for entry in hass.config_entries.async_entries(DOMAIN):
        _LOGGER.info("%s", summarize_entry(entry))
        _LOGGER.debug("entry data %s", entry.data)
        if not entry.data.get(CONF_API_KEY):
            _LOGGER.error("entry %s has no %s", entry.entry_id, CONF_API_KEY)
