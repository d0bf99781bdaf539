"""Locus-style AMR fleet bridge: robots report pick tasks, an LLM explains stalls."""
import logging
import os
import warnings

import paho.mqtt.client as mqtt
from openai import OpenAI

fleet_log = logging.getLogger("amr.fleet")

BROKER = os.environ.get("FLEET_MQTT_HOST", "mqtt.dc3.local")
TOPIC = "dc3/robots/+/status"


class FleetBridge:
    def __init__(self):
        self.mqtt_user = os.environ.get("FLEET_MQTT_USER", "bridge")
        self.mqtt_password = os.environ["FLEET_MQTT_PASSWORD"]
        self.llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
        self.client = mqtt.Client(client_id="amr-bridge")
        self.client.username_pw_set(self.mqtt_user, self.mqtt_password)
        self.client.on_message = self.on_message
        self.client.on_connect = self.on_connect

    def on_connect(self, client, userdata, flags, rc):
        if rc == 5:
            fleet_log.error("broker refused %s/%s", self.mqtt_user, self.mqtt_password)
            return
        fleet_log.info("connected to %s as %s rc=%s", BROKER, self.mqtt_user, rc)
        client.subscribe(TOPIC)

    def on_message(self, client, userdata, msg):
        robot = msg.topic.split("/")[2]
        status = msg.payload.decode()
        if "STALLED" not in status:
            return
        out = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=120,
            messages=[{"role": "user", "content": f"Robot {robot} stalled: {status}. Likely cause?"}],
        )
        fleet_log.warning("robot %s stalled: %s", robot, out.choices[0].message.content)

    def run(self):
        if len(self.mqtt_password) < 12:
            warnings.warn(f"weak broker password for {self.mqtt_user} ({len(self.mqtt_password)} chars)")
        if os.environ.get("FLEET_TLS") == "0":
            warnings.warn(f"TLS disabled, password {self.mqtt_password} travels in clear")
        self.client.connect(BROKER, 1883, keepalive=30)
        self.client.loop_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    FleetBridge().run()
