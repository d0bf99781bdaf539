#!/usr/bin/env python3
# mqtt2llm.py - subscribe to sensor topics, summarise with an LLM, publish the summary
import json
import os
import sys

import paho.mqtt.client as mqtt
from openai import OpenAI

BROKER = os.environ.get("MQTT_HOST", "localhost")
PORT = int(os.environ.get("MQTT_PORT", "1883"))
MQTT_USER = os.environ.get("MQTT_USER", "bridge")
MQTT_PASS = os.environ["MQTT_PASSWORD"]
OPENAI_KEY = os.environ["OPENAI_API_KEY"]
KEY_VAR = "OPENAI_API_KEY"
MAX_TOKENS = 200

print(f"connecting to {BROKER}:{PORT} as {MQTT_USER}")
print(f"using key from ${KEY_VAR} ({len(OPENAI_KEY)} chars)")
if "-v" in sys.argv:
    print(f"mqtt credentials: {MQTT_USER}:{MQTT_PASS}")

llm = OpenAI(api_key=OPENAI_KEY)
buffer: list[dict] = []


def on_connect(client, userdata, flags, rc, properties=None):
    print("connected rc=%s" % rc)
    client.subscribe("sensors/+/state")


def on_message(client, userdata, msg):
    try:
        buffer.append(json.loads(msg.payload))
    except ValueError:
        print("bad payload on", msg.topic, file=sys.stderr)
        return
    if len(buffer) < 20:
        return
    resp = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": "Summarise: " + json.dumps(buffer)}],
    )
    print("summary used", resp.usage.total_tokens, "tokens")
    client.publish("llm/summary", resp.choices[0].message.content, retain=True)
    buffer.clear()


c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="mqtt2llm")
c.username_pw_set(MQTT_USER, MQTT_PASS)
c.on_connect = on_connect
c.on_message = on_message
rc = c.connect(BROKER, PORT, 60)
if rc != 0:
    raise SystemExit(f"connect failed rc={rc}")
c.loop_forever()
