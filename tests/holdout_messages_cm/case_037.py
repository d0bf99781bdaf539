"""Crew timesheet anomaly checker (runs from cron on the office server)."""
import configparser
import logging
import sys
from pathlib import Path

import requests

CONF = Path("/etc/crewtime/crewtime.ini")
log = logging.getLogger("crewtime")
logging.basicConfig(stream=sys.stderr, level=logging.INFO)

cp = configparser.ConfigParser()
cp.read(CONF)
payroll = cp["payroll"]
llm = cp["llm"]

payroll_url = payroll.get("url")
payroll_user = payroll.get("username")
payroll_password = payroll.get("password")
llm_key = llm.get("api_key")
llm_model = llm.get("model", "gpt-4o-mini")

log.info("payroll %s as %s; llm model %s", payroll_url, payroll_user, llm_model)
log.info("config sections: %s", cp.sections())
if not payroll_password:
    log.error("no payroll password in %s [payroll]", CONF)

r = requests.get(f"{payroll_url}/api/timesheets?week=current", auth=(payroll_user, payroll_password), timeout=30)
if r.status_code == 401:
    log.error("payroll login failed for %s / %s", payroll_user, payroll_password)
    sys.exit(2)
sheets = r.json()

prompt = "Flag anomalies (overtime > 12h/day, duplicate entries, weekend work without approval):\n"
prompt += "\n".join(f"{s['crew']},{s['date']},{s['hours']}" for s in sheets)
resp = requests.post("https://api.openai.com/v1/chat/completions",
                     headers={"Authorization": f"Bearer {llm_key}"},
                     json={"model": llm_model, "max_tokens": 500, "messages": [{"role": "user", "content": prompt}]},
                     timeout=60)
log.info("llm -> %s", resp.status_code)
if resp.status_code != 200:
    sys.stderr.write(f"LLM call failed with [llm] section {dict(llm)}\n")
    sys.exit(3)
print(resp.json()["choices"][0]["message"]["content"])
