"""Marathon-training plan generator: internal gRPC-ish service method with ModelRed gate."""
import logging

from modelred import ModelRed, ModelRedError, SubscriptionLimitError

gate_log = logging.getLogger("plans.gate")


class SafetyGate:
    def __init__(self, settings):
        self._settings = settings
        self._model_id = settings["model_id"]

    async def ensure_safe(self):
        gate_log.debug("gate for %s, key configured: %s", self._model_id, "modelred_api_key" in self._settings)
        async with ModelRed(api_key=self._settings["modelred_api_key"]) as client:
            try:
                status = await client.get_model(self._model_id)
            except SubscriptionLimitError:
                gate_log.warning("subscription limit hit checking %s", self._model_id)
                return {"allowed": True, "checked": False}
            except ModelRedError as e:
                gate_log.error("gate check failed for %s", self._model_id, exc_info=True)
                return {"allowed": False, "checked": False, "message": str(e)}
        return {"allowed": status.get("status") == "active", "checked": True}


def build_plan(weeks: int, race_date: str, long_run_km: float):
    """Linear build from 70% to 100% of the peak long run, two taper weeks."""
    plan = []
    for w in range(weeks):
        km = round(long_run_km * (0.7 + 0.3 * w / max(weeks - 1, 1)), 1)
        plan.append({"week": w + 1, "long_run_km": km, "taper": w >= weeks - 2})
    gate_log.info("built %d-week plan for race %s", weeks, race_date)
    return plan


async def handle_request(settings, req):
    gate = SafetyGate(settings)
    verdict = await gate.ensure_safe()
    if not verdict["allowed"]:
        return {"ok": False, "error": verdict.get("message", "plan generator is paused")}
    gate_log.info("settings in use: model=%s region=%s", settings["model_id"], settings.get("region"))
    return {"ok": True, "plan": build_plan(req["weeks"], req["race_date"], req["long_run_km"])}
