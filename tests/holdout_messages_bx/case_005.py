"""Serial driver for a benchtop spectrometer; results pushed to MQTT and described by an LLM."""
import logging
import os
import time

import serial
import paho.mqtt.client as mqtt
from groq import Groq

log = logging.getLogger("spectro")

PORT = os.getenv("SPECTRO_PORT", "/dev/ttyUSB0")
MQTT_HOST = os.getenv("MQTT_HOST", "broker.lab.local")
MQTT_USER = os.getenv("MQTT_USER", "spectro")
MQTT_PASSWORD = os.getenv("MQTT_PASSWORD")
GROQ_KEY = os.getenv("GROQ_API_KEY")


def read_spectrum(ser: serial.Serial) -> list[float]:
    ser.write(b"SCAN\r\n")
    line = ser.readline().decode("ascii", "replace").strip()
    if not line.startswith("DATA"):
        raise IOError(f"unexpected reply from {PORT}: {line!r}")
    return [float(v) for v in line[5:].split(",")]


def connect_mqtt() -> mqtt.Client:
    c = mqtt.Client(client_id="spectro-01")
    c.username_pw_set(MQTT_USER, MQTT_PASSWORD)
    rc = c.connect(MQTT_HOST, 1883)
    if rc != 0:
        raise ConnectionError(f"MQTT connect to {MQTT_HOST} as {MQTT_USER} failed rc={rc}")
    log.info("mqtt connected %s@%s (password set: %s)", MQTT_USER, MQTT_HOST, MQTT_PASSWORD is not None)
    return c


def describe(spectrum):
    llm = Groq(api_key=GROQ_KEY)
    peak = max(range(len(spectrum)), key=spectrum.__getitem__)
    r = llm.chat.completions.create(model="llama-3.1-8b-instant", max_tokens=120,
                                    messages=[{"role": "user", "content": f"Peak at bin {peak}. Comment briefly."}])
    return r.choices[0].message.content


def main():
    logging.basicConfig(level=logging.INFO)
    log.info("groq key set: %s", bool(GROQ_KEY))
    log.debug("mqtt credentials %s:%s", MQTT_USER, MQTT_PASSWORD)
    ser = serial.Serial(PORT, 115200, timeout=2)
    client = connect_mqtt()
    while True:
        spec = read_spectrum(ser)
        client.publish("lab/spectro/raw", ",".join(f"{v:.4f}" for v in spec))
        client.publish("lab/spectro/note", describe(spec))
        time.sleep(30)


if __name__ == "__main__":
    main()
