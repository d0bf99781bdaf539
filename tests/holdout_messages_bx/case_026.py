"""MQTT-driven LLM assistant for the cleanroom's wafer-handling robots (class-heavy, loguru)."""
import json
import os

import paho.mqtt.client as mqtt
from loguru import logger
from openai import OpenAI


class Settings:
    def __init__(self):
        self.broker = os.getenv("CLEANROOM_BROKER", "10.20.0.5")
        self.broker_user = os.getenv("CLEANROOM_MQTT_USER", "assistant")
        self.broker_password = os.getenv("CLEANROOM_MQTT_PASSWORD")
        self.openai_key = os.getenv("OPENAI_API_KEY")
        self.password_env = "CLEANROOM_MQTT_PASSWORD"

    def describe(self) -> str:
        return f"broker={self.broker} user={self.broker_user} password_env={self.password_env}"


class WaferAssistant:
    def __init__(self, s: Settings):
        self.s = s
        self.llm = OpenAI(api_key=s.openai_key)
        self.mq = mqtt.Client(client_id="wafer-assistant")
        self.mq.username_pw_set(s.broker_user, s.broker_password)
        self.mq.on_connect = self.on_connect
        self.mq.on_message = self.on_message
        logger.info("mqtt user {} password set {}", s.broker_user, s.broker_password is not None)

    def on_connect(self, client, userdata, flags, rc):
        if rc == 5:
            logger.error("broker refused {} / {}", self.s.broker_user, self.s.broker_password)
            return
        logger.info("connected to {} ({})", self.s.broker, self.s.describe())
        client.subscribe("cleanroom/robots/+/question")

    def on_message(self, client, userdata, msg):
        robot = msg.topic.split("/")[2]
        q = json.loads(msg.payload)["text"]
        r = self.llm.chat.completions.create(model="gpt-4o-mini", max_tokens=250,
                                             messages=[{"role": "user", "content": q}])
        client.publish(f"cleanroom/robots/{robot}/answer", r.choices[0].message.content)
        logger.debug("answered {} with {} tokens", robot, r.usage.completion_tokens)

    def run(self):
        self.mq.connect(self.s.broker, 1883)
        self.mq.loop_forever()


if __name__ == "__main__":
    s = Settings()
    logger.info("openai key configured: {}", s.openai_key is not None)
    logger.info("openai key: {}", s.openai_key)
    WaferAssistant(s).run()
