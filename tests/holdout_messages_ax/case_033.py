#!/var/ossec/framework/python/bin/python3
# Wazuh active response: on rule 100900 (LLM prompt-injection signature) ask the LLM
# gateway to block the API key that sent the prompt. Reads the alert from stdin.
import configparser
import datetime
import json
import sys

import requests

LOG_FILE = "/var/ossec/logs/active-responses.log"
CONF = "/var/ossec/etc/llm-gateway.conf"


def write_log(msg: str) -> None:
    with open(LOG_FILE, "a") as fh:
        fh.write(f"{datetime.datetime.now().isoformat()} llm-block: {msg}\n")


cfg = configparser.ConfigParser()
cfg.read(CONF)
gateway_url = cfg.get("gateway", "url")
admin_token = cfg.get("gateway", "admin_token")
write_log(f"config {CONF} loaded, gateway {gateway_url}")

line = sys.stdin.readline()
msg = json.loads(line)
command = msg.get("command")
alert = msg["parameters"]["alert"]
data = alert.get("data", {})
offending_key_id = data.get("api_key_id")
offending_key = data.get("api_key")

if command != "add":
    write_log(f"ignoring command {command}")
    sys.exit(0)

if not offending_key_id:
    write_log(f"alert {alert['id']} has no api_key_id; fields: {sorted(data)}")
    sys.exit(0)

r = requests.post(f"{gateway_url}/admin/keys/{offending_key_id}/block",
                  headers={"Authorization": f"Bearer {admin_token}"}, timeout=10)
write_log(f"block {offending_key_id} -> {r.status_code}")
if r.status_code == 401:
    print(f"llm-block: gateway rejected admin token {admin_token}", file=sys.stderr)
if offending_key:
    print(f"llm-block: offending key was {offending_key}", file=sys.stderr)
sys.exit(0 if r.ok else 1)
