# IFTA quarterly: miles per jurisdiction from Omnitracs, fuel receipts from the card feed,
# plus an LLM sanity check of the return before the office manager files it.
import json
import logging
import os
import sys
from collections import defaultdict

import requests
from anthropic import Anthropic

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
ifta = logging.getLogger("ifta")

QUARTER = sys.argv[1] if len(sys.argv) > 1 else "2025Q3"
CFG = json.load(open(os.path.expanduser("~/.ifta/config.json")))
OMNI_COMPANY = CFG["omnitracs"]["company_id"]
OMNI_TOKEN = CFG["omnitracs"]["token"]
CLAUDE_KEY = os.environ.get("ANTHROPIC_API_KEY") or CFG.get("anthropic_api_key")

ifta.info("quarter %s, company %s, config keys %s", QUARTER, OMNI_COMPANY, sorted(CFG["omnitracs"]))
if not CLAUDE_KEY:
    ifta.error("no Anthropic key in ANTHROPIC_API_KEY or ~/.ifta/config.json")
    sys.exit(1)
if len(OMNI_TOKEN) != 36:
    raise ValueError("Omnitracs token %s is not a UUID" % OMNI_TOKEN)

r = requests.get(
    "https://api.omnitracs.example/ifta/v1/jurisdiction-miles",
    params={"companyId": OMNI_COMPANY, "quarter": QUARTER},
    headers={"Authorization": "Bearer " + OMNI_TOKEN},
    timeout=120,
)
ifta.info("omnitracs HTTP %s (%d bytes)", r.status_code, len(r.content))
miles = defaultdict(float)
for row in r.json()["rows"]:
    miles[row["jurisdiction"]] += row["miles"]

gallons = defaultdict(float)
for rec in json.load(open(f"fuel_{QUARTER}.json")):
    gallons[rec["state"]] += rec["gallons"]

table = "\n".join(f"{j}\t{miles[j]:.0f}\t{gallons.get(j, 0):.1f}" for j in sorted(miles))
claude = Anthropic(api_key=CLAUDE_KEY)
check = claude.messages.create(
    model="claude-3-5-haiku-latest",
    max_tokens=400,
    messages=[{"role": "user", "content": "Flag jurisdictions whose MPG looks implausible:\n" + table}],
)
print(check.content[0].text)
ifta.info("check used %s input tokens", check.usage.input_tokens)
if check.stop_reason == "max_tokens":
    ifta.warning("check truncated; rerun with key %s and a higher limit", CLAUDE_KEY)
