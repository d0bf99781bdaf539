import logging
import os
import structlog
import httpx

structlog.configure(processors=[structlog.processors.JSONRenderer()])
slog = structlog.get_logger("hydration.sync")

HEALTHKIT_BRIDGE = os.environ.get("HK_BRIDGE_URL", "https://bridge.hydrate.example")


def bridge_client(device_token: str) -> httpx.Client:
    return httpx.Client(base_url=HEALTHKIT_BRIDGE, headers={"X-Device-Token": device_token}, timeout=10)


def sync_water_intake(user_id: str, device_token: str, entries: list) -> int:
    with bridge_client(device_token) as c:
        r = c.post("/v1/water", json={"user": user_id, "entries": entries})
    if r.status_code == 401:
        slog.warning("bridge_rejected", user_id=user_id, device_token=device_token)
        return 0
    slog.info("water_synced", user_id=user_id, count=len(entries), status=r.status_code)
    return len(entries)


def describe_bridge():
    slog.info("bridge_configured", base_url=HEALTHKIT_BRIDGE, token_header="X-Device-Token")


def daily_goal(weight_kg: float, activity_minutes: int) -> int:
    base = weight_kg * 33
    extra = activity_minutes / 30 * 350
    return int(base + extra)


def remind(user_id: str, drank_ml: int, weight_kg: float, minutes: int):
    goal = daily_goal(weight_kg, minutes)
    if drank_ml < goal * 0.6:
        slog.info("reminder_sent", user_id=user_id, drank_ml=drank_ml, goal_ml=goal)
    return goal


def pair_device(user_id: str, pairing_code: str, device_token: str):
    token_len = len(device_token)
    slog.info("device_paired", user_id=user_id, token_length=token_len, has_pairing_code=bool(pairing_code))
    logging.getLogger("hydration.legacy").info("paired %s", user_id)
    return {"user": user_id, "paired": True}


if __name__ == "__main__":
    token = os.environ["HK_DEVICE_TOKEN"]
    pair_device("u1", "483920", token)
    print(sync_water_intake("u1", token, [{"ml": 250, "at": "08:10"}]))
    print(remind("u1", 900, 70.0, 45))
