import os, json, time, logging
import boto3
from awscrt import mqtt
from awsiot import mqtt_connection_builder
from openai import OpenAI

# AWS IoT Core greengrass-ish component: summarises shadow deltas with an LLM

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("shadow-llm")

THING = os.environ.get("AWS_IOT_THING_NAME", "gw-0001")
ENDPOINT = os.environ["IOT_ENDPOINT"]
sm = boto3.client("secretsmanager")
secret = json.loads(sm.get_secret_value(SecretId="edge/llm")["SecretString"])
openai_key = secret["openai_api_key"]
log.info("secret edge/llm has fields %s", list(secret))
log.info("loaded llm secret %s", secret)
log.info("model=%s max_tokens=%s", secret.get("model", "gpt-4o-mini"), secret.get("max_tokens", 150))

client = OpenAI(api_key=openai_key)

conn = mqtt_connection_builder.mtls_from_path(
    endpoint=ENDPOINT,
    cert_filepath="/greengrass/v2/thingCert.crt",
    pri_key_filepath="/greengrass/v2/privKey.key",
    ca_filepath="/greengrass/v2/rootCA.pem",
    client_id=THING,
)


def on_delta(topic, payload, **kwargs):
    delta = json.loads(payload)
    r = client.chat.completions.create(
        model=secret.get("model", "gpt-4o-mini"),
        max_tokens=int(secret.get("max_tokens", 150)),
        messages=[{"role": "user", "content": f"Explain this device state change: {json.dumps(delta)}"}],
    )
    log.info("delta explained, %s tokens", r.usage.total_tokens)
    conn.publish(topic=f"things/{THING}/llm/explain", payload=r.choices[0].message.content, qos=mqtt.QoS.AT_LEAST_ONCE)


connect_future = conn.connect()
try:
    connect_future.result(timeout=20)
except Exception as e:
    log.error("iot connect failed for %s: %s", THING, e)
    raise
sub, _ = conn.subscribe(topic=f"$aws/things/{THING}/shadow/update/delta", qos=mqtt.QoS.AT_LEAST_ONCE, callback=on_delta)
sub.result()
if not openai_key.startswith("sk-"):
    raise RuntimeError("edge/llm openai_api_key looks wrong: " + openai_key)
while True:
    time.sleep(60)
