"""OPC-UA to MQTT gateway: reads tags from the press line PLC and publishes them."""
import asyncio
import logging
import os

from asyncua import Client, ua
import aiomqtt

log = logging.getLogger("gateway")

OPC_ENDPOINT = os.getenv("OPC_ENDPOINT", "opc.tcp://press-plc-01:4840")
OPC_USER = os.getenv("OPC_USER", "gateway")
OPC_PASSWORD = os.getenv("OPC_PASSWORD")
MQTT_HOST = os.getenv("MQTT_HOST", "broker.plant.local")
MQTT_PASSWORD = os.getenv("MQTT_PASSWORD")
TAGS = ["ns=2;s=Press.Force", "ns=2;s=Press.Temp", "ns=2;s=Press.Strokes"]


async def read_tags(opc):
    nodes = [opc.get_node(t) for t in TAGS]
    values = await opc.read_values(nodes)
    return dict(zip(TAGS, values))


async def run():
    opc = Client(OPC_ENDPOINT, timeout=10)
    opc.set_user(OPC_USER)
    opc.set_password(OPC_PASSWORD)
    log.info("OPC-UA %s as %s, password set: %s", OPC_ENDPOINT, OPC_USER, OPC_PASSWORD is not None)
    try:
        await opc.connect()
    except ua.UaStatusCodeError as exc:
        log.error("OPC login failed for %s/%s: %s", OPC_USER, OPC_PASSWORD, exc)
        raise
    except OSError as exc:
        raise ConnectionError(f"cannot reach {OPC_ENDPOINT}: {exc}") from exc
    async with aiomqtt.Client(MQTT_HOST, username="gateway", password=MQTT_PASSWORD) as mqtt:
        log.info("MQTT connected to %s", MQTT_HOST)
        while True:
            values = await read_tags(opc)
            for tag, value in values.items():
                topic = "plant/press01/" + tag.split(".")[-1].lower()
                await mqtt.publish(topic, payload=str(value), qos=1)
            log.debug("published %d tags", len(values))
            await asyncio.sleep(1.0)


def main():
    logging.basicConfig(level=os.getenv("LOG_LEVEL", "INFO"))
    if not MQTT_PASSWORD:
        log.warning("MQTT_PASSWORD not set (value %r), broker may reject us", MQTT_PASSWORD)
    if os.getenv("GW_TRACE"):
        log.debug("mqtt creds %s:%s@%s", "gateway", MQTT_PASSWORD, MQTT_HOST)
    asyncio.run(run())


if __name__ == "__main__":
    main()
