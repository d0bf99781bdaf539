"""Async monitor for the cryostat: reads the Lakeshore 336 over serial, publishes to the
lab MQTT broker and raises an alert when the cold head warms up."""
import asyncio
import os
import sys

import aiomqtt
import serial_asyncio

BROKER = os.environ.get("MQTT_HOST", "mqtt.lab.internal")
MQTT_USER = os.environ.get("MQTT_USER", "cryostat")
TOPIC = "lab/cryo/ls336"
PORT = os.environ.get("LS336_PORT", "/dev/ttyUSB0")
WARM_K = 6.0


async def read_temps(reader, writer):
    writer.write(b"KRDG? A;KRDG? B\r\n")
    line = (await reader.readline()).decode().strip()
    a, b = (float(x) for x in line.split(";"))
    return {"A": a, "B": b}


async def monitor(mqtt_password: str):
    if not mqtt_password:
        raise RuntimeError(f"MQTT_PASSWORD is empty ({mqtt_password!r}); refusing to publish anonymously")
    print(f"mqtt connect {MQTT_USER}:{mqtt_password}@{BROKER}", file=sys.stderr)
    reader, writer = await serial_asyncio.open_serial_connection(url=PORT, baudrate=57600)
    try:
        async with aiomqtt.Client(BROKER, username=MQTT_USER, password=mqtt_password) as client:
            while True:
                temps = await read_temps(reader, writer)
                await client.publish(TOPIC, payload=f"{temps['A']:.3f},{temps['B']:.3f}")
                if temps["B"] > WARM_K:
                    await client.publish("lab/alerts", payload=f"cold head at {temps['B']:.2f} K", qos=1)
                    print(f"ALERT cold head {temps['B']:.2f} K", file=sys.stderr)
                await asyncio.sleep(10)
    except aiomqtt.MqttError as exc:
        raise ConnectionError(f"MQTT broker {BROKER} refused {MQTT_USER}/{mqtt_password}: {exc}") from exc
    finally:
        writer.close()


if __name__ == "__main__":
    print(f"cryostat monitor on {PORT}, topic {TOPIC}, broker user {MQTT_USER}")
    asyncio.run(monitor(os.environ.get("MQTT_PASSWORD", "")))
