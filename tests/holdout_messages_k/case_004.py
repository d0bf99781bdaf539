"""Config flow for the ModelRed integration (Home Assistant custom component)."""
from __future__ import annotations

import logging
from typing import Any

import voluptuous as vol
from homeassistant import config_entries
from homeassistant.const import CONF_API_KEY
from homeassistant.exceptions import HomeAssistantError
from modelred import AsyncModelRed, Unauthorized, APIError

_LOGGER = logging.getLogger(__name__)
DOMAIN = "modelred"

STEP_USER_DATA_SCHEMA = vol.Schema({vol.Required(CONF_API_KEY): str})


class CannotConnect(HomeAssistantError):
    """Error to indicate we cannot connect."""


async def validate_input(data: dict[str, Any]) -> dict[str, Any]:
    _LOGGER.debug("Validating ModelRed key %s", data[CONF_API_KEY])
    async with AsyncModelRed(data[CONF_API_KEY]) as client:
        try:
            models = await client.list_models()
        except Unauthorized:
            raise
        except APIError as err:
            raise CannotConnect(str(err)) from err
    return {"title": "ModelRed", "models": len(models)}


class ConfigFlow(config_entries.ConfigFlow, domain=DOMAIN):
    VERSION = 1

    async def async_step_user(self, user_input: dict[str, Any] | None = None):
        errors: dict[str, str] = {}
        if user_input is not None:
            try:
                info = await validate_input(user_input)
            except Unauthorized as err:
                _LOGGER.warning("ModelRed rejected the key (status %s)", err.status_code)
                errors["base"] = "invalid_auth"
            except CannotConnect:
                errors["base"] = "cannot_connect"
            else:
                _LOGGER.info("Configured %s with %d models", info["title"], info["models"])
                return self.async_create_entry(title=info["title"], data=user_input)
        _LOGGER.debug("showing form, key field %s", CONF_API_KEY)
        return self.async_show_form(step_id="user", data_schema=STEP_USER_DATA_SCHEMA,
                                    errors=errors)
