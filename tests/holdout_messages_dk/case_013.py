"""Spend logging callback: writes one row per proxied request."""
import datetime as dt
import json
import logging

spend_log = logging.getLogger("gateway.spend")


class SpendLogger:
    def __init__(self, sink_path: str, cost_map: dict[str, float]):
        self.sink_path = sink_path
        self.cost_map = cost_map

    def _cost(self, model: str, prompt_tokens: int, completion_tokens: int) -> float:
        per_1k = self.cost_map.get(model, 0.0)
        return (prompt_tokens + completion_tokens) / 1000 * per_1k

    def on_success(self, request_data: dict, response: dict, key_info: dict) -> None:
        usage = response.get("usage", {})
        prompt_tokens = usage.get("prompt_tokens", 0)
        completion_tokens = usage.get("completion_tokens", 0)
        cost = self._cost(request_data["model"], prompt_tokens, completion_tokens)
        row = {
            "ts": dt.datetime.utcnow().isoformat(),
            "key_hash": key_info["token_hash"],
            "team_id": key_info.get("team_id"),
            "model": request_data["model"],
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "cost": cost,
        }
        with open(self.sink_path, "a") as fh:
            fh.write(json.dumps(row) + "\n")
        spend_log.info("spend %.6f team=%s tokens=%d", cost, row["team_id"], usage.get("total_tokens", 0))

    def on_failure(self, request_data: dict, error: Exception, key_info: dict) -> None:
        raw_key = key_info.get("api_key", "")
        spend_log.error("request by key %s failed for %s: %s", raw_key, request_data.get("model"), error)
        spend_log.debug("failed request model=%s user=%s", request_data.get("model"), request_data.get("user"))

    def on_budget_alert(self, key_info: dict, spend: float) -> None:
        spend_log.warning("key %s near budget: %.2f / %s", key_info["token_hash"][:8], spend, key_info.get("max_budget"))
