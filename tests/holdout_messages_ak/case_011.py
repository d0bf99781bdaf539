"""Home Assistant conversation agent backed by OpenRouter (custom component __init__)."""
from __future__ import annotations

import logging

import aiohttp
from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_API_KEY
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryAuthFailed, ConfigEntryNotReady
from homeassistant.helpers.aiohttp_client import async_get_clientsession

_LOGGER = logging.getLogger(__name__)
DOMAIN = "openrouter_agent"
BASE_URL = "https://openrouter.ai/api/v1"
CONF_MODEL = "model"
CONF_SITE = "site_url"


async def _probe(hass: HomeAssistant, api_key: str) -> int:
    session = async_get_clientsession(hass)
    async with session.get(f"{BASE_URL}/key", headers={"Authorization": f"Bearer {api_key}"}) as resp:
        return resp.status


async def async_setup_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    api_key = entry.data[CONF_API_KEY]
    model = entry.options.get(CONF_MODEL, "openai/gpt-4o-mini")
    _LOGGER.debug("Setting up %s with model %s for site %s", entry.title, model, entry.data.get(CONF_SITE))
    try:
        status = await _probe(hass, api_key)
    except aiohttp.ClientError as err:
        raise ConfigEntryNotReady(f"OpenRouter unreachable: {err}") from err
    if status == 401:
        raise ConfigEntryAuthFailed(f"OpenRouter rejected key {api_key}")
    if status != 200:
        raise ConfigEntryNotReady(f"OpenRouter /key returned {status}")
    _LOGGER.info("OpenRouter key accepted (%s...)", api_key[:4])
    hass.data.setdefault(DOMAIN, {})[entry.entry_id] = {"api_key": api_key, "model": model}
    _LOGGER.debug("hass.data[%s] = %s", DOMAIN, hass.data[DOMAIN])
    await hass.config_entries.async_forward_entry_setups(entry, ["conversation"])
    return True


async def async_unload_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    unloaded = await hass.config_entries.async_unload_platforms(entry, ["conversation"])
    if unloaded:
        data = hass.data[DOMAIN].pop(entry.entry_id)
        _LOGGER.debug("unloaded %s (model %s)", entry.entry_id, data["model"])
    return unloaded


async def async_migrate_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    if entry.version == 1:
        new = {k: v for k, v in entry.data.items() if k != CONF_API_KEY}
        _LOGGER.info("migrating entry, keeping %s", new)
        hass.config_entries.async_update_entry(entry, data={**entry.data, CONF_SITE: ""}, version=2)
    return True
