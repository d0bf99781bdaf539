"""Services for the ModelRed Guard integration: run an assessment from an automation."""
from __future__ import annotations

import logging

from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse, SupportsResponse
from homeassistant.exceptions import HomeAssistantError

from modelred import ModelRed, ModelRedError, RateLimitError

_LOGGER = logging.getLogger(__name__)
DOMAIN = "modelred_guard"
SERVICE_RUN = "run_assessment"
ALLOWED_SUITES = {"basic_security", "prompt_injection", "jailbreak"}


async def async_setup_services(hass: HomeAssistant, api_key: str) -> None:
    async def handle_run(call: ServiceCall) -> ServiceResponse:
        model_id = call.data["model_id"]
        suites = [s for s in call.data.get("suites", []) if s in ALLOWED_SUITES]
        _LOGGER.debug("run_assessment model=%s suites=%s", model_id, suites)
        try:
            async with ModelRed(api_key=api_key) as client:
                result = await client.run_assessment(
                    model_id=model_id,
                    test_suites=suites,
                    wait_for_completion=False,
                )
        except RateLimitError as err:
            _LOGGER.warning("rate limited: %s", type(err).__name__)
            raise HomeAssistantError("ModelRed is rate limiting, try later") from err
        except ModelRedError as err:
            raise HomeAssistantError(f"ModelRed assessment failed: {err}") from err
        return {"assessment_id": result.get("assessment_id"), "status": result.get("status")}

    hass.services.async_register(
        DOMAIN,
        SERVICE_RUN,
        handle_run,
        supports_response=SupportsResponse.OPTIONAL,
    )


async def async_check_key(hass: HomeAssistant, api_key: str) -> bool:
    try:
        async with ModelRed(api_key=api_key) as client:
            return await client.validate_api_key()
    except ModelRedError as err:
        _LOGGER.error("key check failed: %r", err)
        return False


def describe_key(api_key: str) -> str:
    if not api_key.startswith("mr_"):
        raise ValueError(f"ModelRed keys start with mr_, got {api_key}")
    return f"mr_…{api_key[-4:]}"
