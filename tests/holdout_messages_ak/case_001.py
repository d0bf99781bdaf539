"""Config flow for the ModelRed Guard custom integration (Home Assistant)."""
from __future__ import annotations

import logging
from typing import Any

import voluptuous as vol
from homeassistant import config_entries
from homeassistant.const import CONF_API_KEY
from homeassistant.helpers.aiohttp_client import async_get_clientsession

from modelred import AsyncModelRed, Unauthorized, APIError

_LOGGER = logging.getLogger(__name__)
DOMAIN = "modelred_guard"
CONF_MODEL_ID = "model_id"
CONF_MAX_TOKENS = "max_tokens"

STEP_USER_SCHEMA = vol.Schema(
    {
        vol.Required(CONF_API_KEY): str,
        vol.Required(CONF_MODEL_ID, default="ha-assist"): str,
        vol.Optional(CONF_MAX_TOKENS, default=512): int,
    }
)


class ModelRedGuardConfigFlow(config_entries.ConfigFlow, domain=DOMAIN):
    VERSION = 1

    async def async_step_user(self, user_input: dict[str, Any] | None = None):
        errors: dict[str, str] = {}
        if user_input is not None:
            api_key = user_input[CONF_API_KEY]
            _LOGGER.debug("Validating ModelRed key %s", api_key)
            _LOGGER.debug("Config flow input keys: %s", sorted(user_input))
            _LOGGER.debug("max_tokens=%s model=%s", user_input[CONF_MAX_TOKENS], user_input[CONF_MODEL_ID])
            try:
                async with AsyncModelRed(api_key, timeout=10.0) as client:
                    await client.list_models()
            except Unauthorized:
                errors["base"] = "invalid_auth"
            except APIError as err:
                _LOGGER.warning("ModelRed rejected setup: %s", err)
                errors["base"] = "cannot_connect"
            else:
                await self.async_set_unique_id(user_input[CONF_MODEL_ID])
                self._abort_if_unique_id_configured()
                return self.async_create_entry(title=user_input[CONF_MODEL_ID], data=user_input)

        return self.async_show_form(step_id="user", data_schema=STEP_USER_SCHEMA, errors=errors)

    async def async_step_reauth(self, entry_data: dict[str, Any]):
        old = entry_data.get(CONF_API_KEY, "")
        _LOGGER.info("Reauth requested for key ending %s", old[-4:])
        if not old:
            raise ValueError(f"reauth without a stored key: {old!r}")
        _LOGGER.info("Reauth for entry with key %s", old)
        return await self.async_step_user()
