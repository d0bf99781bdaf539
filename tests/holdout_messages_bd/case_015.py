import os, logging, time
import paho.mqtt.client as mqtt
from openai import OpenAI

# telematics gateway: MQTT from the TCU fleet -> anomaly notes by an LLM
logging.basicConfig(level=logging.DEBUG)
gw_log = logging.getLogger("tcu-gateway")

BROKER = os.getenv("MQTT_HOST", "mqtt.fleet.internal")
MQTT_USER = os.getenv("MQTT_USER", "gateway")
MQTT_PASS = os.getenv("MQTT_PASS")
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
TOPIC = "tcu/+/telemetry"

gw_log.info("connecting %s@%s", MQTT_USER, BROKER)
gw_log.debug("mqtt credentials %s:%s", MQTT_USER, MQTT_PASS)

llm = OpenAI(api_key=OPENAI_API_KEY)
gw_log.debug("openai client ready, key %s", OPENAI_API_KEY)
seen = {}


def on_connect(client, userdata, flags, rc):
    gw_log.info("connected rc=%s", rc)
    client.subscribe(TOPIC)


def on_message(client, userdata, msg):
    vin = msg.topic.split("/")[1]
    payload = msg.payload.decode()
    seen[vin] = time.time()
    if "DTC" in payload:
        out = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=120, messages=[{"role": "user", "content": f"Explain this DTC report briefly: {payload}"}])
        gw_log.info("vin %s: %s (%d tokens)", vin, out.choices[0].message.content, out.usage.total_tokens)


c = mqtt.Client(client_id="tcu-gateway-1")
c.username_pw_set(MQTT_USER, MQTT_PASS)
c.on_connect = on_connect
c.on_message = on_message
rc = c.connect(BROKER, 8883)
if rc != 0:
    raise ConnectionError(f"MQTT connect to {BROKER} failed rc={rc}")
gw_log.info("password configured: %s", "yes" if MQTT_PASS else "no")
c.loop_start()
while True:
    time.sleep(60)
    stale = [v for v, t in seen.items() if time.time() - t > 600]
    if stale:
        gw_log.warning("%d vehicles silent for 10 min", len(stale))
