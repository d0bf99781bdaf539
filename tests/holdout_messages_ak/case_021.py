"""Home Assistant sensor platform polling the ModelRed score of the house assistant model."""
from __future__ import annotations

import logging
from datetime import timedelta

from homeassistant.components.sensor import SensorEntity
from homeassistant.helpers.update_coordinator import CoordinatorEntity, DataUpdateCoordinator, UpdateFailed

from modelred import AsyncModelRed, APIError, Unauthorized, Forbidden

_LOGGER = logging.getLogger(__name__)
SCAN_INTERVAL = timedelta(hours=6)


class ScoreCoordinator(DataUpdateCoordinator):
    def __init__(self, hass, api_key: str, model_id: str) -> None:
        super().__init__(hass, _LOGGER, name="modelred_score", update_interval=SCAN_INTERVAL)
        self._api_key = api_key
        self.model_id = model_id

    async def _async_update_data(self) -> dict:
        try:
            async with AsyncModelRed(self._api_key, timeout=15.0) as client:
                page = await client.list_assessments(model_id=self.model_id, limit=1)
        except Unauthorized as err:
            _LOGGER.error("key %s unauthorized for %s", self._api_key, self.model_id)
            raise UpdateFailed("ModelRed key unauthorized") from err
        except Forbidden as err:
            raise UpdateFailed(f"forbidden (HTTP {err.status_code})") from err
        except APIError as err:
            raise UpdateFailed(f"ModelRed error: {err}") from err
        items = page.items
        return {"score": items[0].score if items else None, "count": len(items)}


class ScoreSensor(CoordinatorEntity, SensorEntity):
    _attr_has_entity_name = True
    _attr_name = "Safety score"
    _attr_native_unit_of_measurement = "%"

    def __init__(self, coordinator: ScoreCoordinator) -> None:
        super().__init__(coordinator)
        self._attr_unique_id = f"modelred_{coordinator.model_id}_score"

    @property
    def native_value(self):
        return (self.coordinator.data or {}).get("score")

    @property
    def extra_state_attributes(self) -> dict:
        return {"model_id": self.coordinator.model_id, "assessments": (self.coordinator.data or {}).get("count")}


async def async_setup_entry(hass, entry, async_add_entities) -> None:
    coordinator = ScoreCoordinator(hass, entry.data["api_key"], entry.data["model_id"])
    _LOGGER.debug("setting up score sensor for entry data keys %s", list(entry.data))
    await coordinator.async_config_entry_first_refresh()
    async_add_entities([ScoreSensor(coordinator)])
