# opsgenie_heartbeat.py -- cron every minute on each triage worker; pings the Opsgenie heartbeat
# and checks that the LLM provider still answers.
import logging
import os
import socket
import sys

import requests

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"), format="%(asctime)s %(levelname)s %(message)s")

HEARTBEAT = os.environ.get("OPSGENIE_HEARTBEAT", f"triage-{socket.gethostname()}")
og_key = os.environ.get("OPSGENIE_API_KEY")
groq_key = os.environ.get("GROQ_API_KEY")

if not og_key or not groq_key:
    logging.error("missing OPSGENIE_API_KEY or GROQ_API_KEY (opsgenie set=%s, groq set=%s)", bool(og_key), bool(groq_key))
    sys.exit(3)

logging.debug("heartbeat %s using GenieKey %s", HEARTBEAT, og_key)

probe = requests.get("https://api.groq.com/openai/v1/models",
                     headers={"Authorization": f"Bearer {groq_key}"}, timeout=8)
if probe.status_code != 200:
    logging.warning("groq probe failed: %s %s", probe.status_code, probe.reason)
    if probe.status_code == 401:
        logging.warning("groq rejected key %s", groq_key)
    sys.exit(1)

models = [m["id"] for m in probe.json().get("data", [])]
logging.info("groq ok, %d models (first: %s)", len(models), models[:3])

r = requests.get(f"https://api.opsgenie.com/v2/heartbeats/{HEARTBEAT}/ping",
                 headers={"Authorization": f"GenieKey {og_key}"}, timeout=8)
logging.info("heartbeat %s -> %s", HEARTBEAT, r.status_code)
if r.status_code == 404:
    logging.error("heartbeat %s is not defined in Opsgenie", HEARTBEAT)
    sys.exit(2)

state_file = os.environ.get("HEARTBEAT_STATE", "/var/run/triage-heartbeat.state")
with open(state_file, "w") as fh:
    fh.write(f"{HEARTBEAT} {r.status_code} {len(models)}\n")
logging.info("state written to %s", state_file)
