"""Async collector for smart-meter readings from the utility's MQTT broker."""
import asyncio
import json
import logging
import os
import ssl

import aiomqtt
from modelred import AsyncModelRed, RateLimited, ServerError, APIError

log = logging.getLogger("meters.collector")

BROKER = os.getenv("METER_BROKER", "mqtt.grid-edge.example")
TOPIC = "meters/+/interval"
RETRYABLE = (RateLimited, ServerError)


class MeterCollector:
    def __init__(self):
        self.username = os.environ["METER_MQTT_USER"]
        self.password = os.environ["METER_MQTT_PASSWORD"]
        self.mr_key = os.environ["MODELRED_API_KEY"]
        self.readings = []

    async def run(self):
        tls = ssl.create_default_context()
        log.info("connecting to %s as %s", BROKER, self.username)
        try:
            async with aiomqtt.Client(BROKER, port=8883, username=self.username, password=self.password, tls_context=tls) as mqtt:
                await mqtt.subscribe(TOPIC)
                async for msg in mqtt.messages:
                    self.readings.append(json.loads(msg.payload))
                    if len(self.readings) >= 500:
                        break
        except aiomqtt.MqttError as exc:
            log.error("broker login failed for %s/%s: %s", self.username, self.password, exc)
            raise

    async def scan_anomaly_model(self, model_id):
        async with AsyncModelRed(self.mr_key, max_retries=5) as mr:
            for attempt in range(3):
                try:
                    return await mr.create_assessment(model_id=model_id, probe_pack_ids=["data-exfiltration"])
                except RETRYABLE as exc:
                    log.warning("scan retry %d: %s", attempt, exc)
                    await asyncio.sleep(2 ** attempt)
                except APIError as exc:
                    raise RuntimeError(f"anomaly model scan failed: {exc}") from exc
        return None

    def summary(self):
        kwh = sum(r.get("kwh", 0.0) for r in self.readings)
        return {"meters": len({r["meter_id"] for r in self.readings}), "kwh": round(kwh, 3)}


if __name__ == "__main__":
    c = MeterCollector()
    asyncio.run(c.run())
    print(c.summary(), "password set:", bool(c.password))
