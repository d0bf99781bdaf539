"""Alarm triage: listens on the MQTT alarm topic and asks Claude for a first diagnosis."""
import json
import logging
import os
import ssl

import anthropic
import paho.mqtt.client as mqtt

logger = logging.getLogger("alarm_triage")


class AlarmTriage:
    TOPIC = "plant/+/alarms"

    def __init__(self, broker, username, password, anthropic_key):
        self.broker = broker
        self.username = username
        self.password = password
        self.llm = anthropic.Anthropic(api_key=anthropic_key)
        self.anthropic_key = anthropic_key
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="alarm-triage")
        self.client.username_pw_set(username, password)
        self.client.tls_set(cert_reqs=ssl.CERT_REQUIRED)
        self.client.on_connect = self.on_connect
        self.client.on_message = self.on_message

    def on_connect(self, client, userdata, flags, reason_code, properties):
        if reason_code.is_failure:
            raise ConnectionRefusedError(f"broker {self.broker} refused {self.username} / {self.password}: {reason_code}")
        logger.info("connected to %s as %s (%s)", self.broker, self.username, reason_code)
        client.subscribe(self.TOPIC, qos=1)

    def on_message(self, client, userdata, msg):
        alarm = json.loads(msg.payload)
        try:
            reply = self.llm.messages.create(
                model="claude-3-5-haiku-latest",
                max_tokens=300,
                messages=[{"role": "user", "content": f"Line alarm: {alarm}. Likely cause and first check?"}],
            )
        except anthropic.AuthenticationError as exc:
            logger.error("Anthropic rejected key %s: %s", self.anthropic_key, exc.status_code)
            return
        logger.info("alarm %s triaged, in=%d out=%d tokens", alarm.get("code"), reply.usage.input_tokens, reply.usage.output_tokens)
        client.publish(msg.topic.replace("alarms", "triage"), reply.content[0].text, qos=1)

    def run(self):
        self.client.connect(self.broker, 8883, keepalive=30)
        self.client.loop_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    triage = AlarmTriage(os.environ["MQTT_BROKER"], os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"], os.environ["ANTHROPIC_API_KEY"])
    logger.info("anthropic key configured: %s", "ANTHROPIC_API_KEY" in os.environ)
    triage.run()
