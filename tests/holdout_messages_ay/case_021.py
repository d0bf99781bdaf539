"""Line HMI bridge: operators start a red-team check of the inspection LLM from the HMI panel."""
import json
import logging
import os

import modelred as mr
import paho.mqtt.client as mqtt

log = logging.getLogger("hmi_bridge")

CMD_TOPIC = "hmi/line2/redteam/cmd"
STATUS_TOPIC = "hmi/line2/redteam/status"
TOKEN_TOPIC_SUFFIX = "token"  # legacy topic name segment, carries nothing secret


class HmiBridge:
    def __init__(self):
        self.client = mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
        self.mqtt = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="hmi-bridge")
        self.mqtt.username_pw_set("hmi-bridge", os.environ["MQTT_PASSWORD"])
        self.mqtt.on_message = self.on_cmd

    def status(self, **fields):
        self.mqtt.publish(STATUS_TOPIC, json.dumps(fields), qos=1, retain=True)

    def on_cmd(self, client, userdata, msg):
        cmd = json.loads(msg.payload)
        model = cmd.get("model", "")
        if model not in ("line2-vision", "line2-vision-canary"):
            self.status(state="rejected", reason="unknown model")
            return
        try:
            job = self.client.create_assessment(model=model, test_types=["prompt_injection", "jailbreak"], priority="high")
        except mr.RateLimitError as e:
            log.warning("rate limited: %s", e)
            self.status(state="busy", retry_after=getattr(e, "retry_after", None))
            return
        except mr.ModelRedError as e:
            self.status(state="error", reason=str(e))
            return
        log.info("operator %s started %s on %s", cmd.get("operator"), job["id"], model)
        self.status(state="running", assessment=job["id"], topic_suffix=TOKEN_TOPIC_SUFFIX)

    def poll(self, assessment_id):
        try:
            a = self.client.get_assessment(assessment_id)
        except mr.ModelRedError as e:
            self.status(state="unknown", reason=f"status check failed: {e}")
            return None
        self.status(state=a["status"], assessment=assessment_id, score=a.get("score"))
        return a

    def run(self, host):
        self.mqtt.connect(host, 1883)
        self.mqtt.subscribe(CMD_TOPIC, qos=1)
        self.mqtt.loop_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    HmiBridge().run(os.getenv("MQTT_HOST", "localhost"))
