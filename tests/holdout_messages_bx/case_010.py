import os, json, time, logging
import paho.mqtt.client as mqtt
from openai import OpenAI

# terse bridge: MQTT alerts from the lab's fume hoods -> LLM triage -> Slack-style webhook
logging.basicConfig(level=logging.INFO)
L = logging.getLogger("hoodbridge")

BROKER = os.environ.get("BROKER", "mqtt.lab.internal")
TOPIC = "lab/hoods/+/alarm"
oai_key = os.environ["OPENAI_API_KEY"]
broker_token = os.environ.get("BROKER_TOKEN")
MAX_TOKENS = int(os.environ.get("TRIAGE_MAX_TOKENS", "150"))

L.info("bridge up broker=%s topic=%s max_tokens=%d", BROKER, TOPIC, MAX_TOKENS)
L.info("openai key length %d", len(oai_key))
L.info("broker token %s, openai key %s", broker_token, oai_key[-4:])

llm = OpenAI(api_key=oai_key)


def triage(payload: dict) -> str:
    r = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=MAX_TOKENS,
                                    messages=[{"role": "user", "content": json.dumps(payload)}])
    return r.choices[0].message.content


def on_message(client, userdata, msg):
    payload = json.loads(msg.payload)
    hood = msg.topic.split("/")[2]
    L.info("alarm from %s: %s", hood, payload.get("kind"))
    client.publish(f"lab/hoods/{hood}/triage", triage(payload))


c = mqtt.Client()
c.username_pw_set("hoodbridge", broker_token)
c.on_message = on_message
rc = c.connect(BROKER, 8883)
if rc:
    raise ConnectionError(f"broker refused token {broker_token} rc={rc}")
c.subscribe(TOPIC)
L.info("subscribed at %s", time.strftime("%H:%M:%S"))
c.loop_forever()
