# GivEnergy fleet check: battery SoC for the community-battery trial, with a quick LLM note.
# Quick script, run from the analyst laptop.
import os
import sys

import requests
from openai import OpenAI

GIV = "https://api.givenergy.cloud/v1"
# TODO move to the vault before the trial goes live
OPENAI_TRIAL_KEY = "sk-uygZyfAMhivgLHZg9a19vE1mmJSAoe0QVGSbzKhWSsN7MtND"

giv_token = os.environ.get("GIVENERGY_API_TOKEN")
if not giv_token:
    sys.exit("GIVENERGY_API_TOKEN not set")
hdr = {"Authorization": f"Bearer {giv_token}", "Accept": "application/json"}

inverters = requests.get(f"{GIV}/communication-device", headers=hdr, timeout=20)
if inverters.status_code != 200:
    print("GivEnergy refused:", inverters.status_code, inverters.json().get("message"))
    print("Authorization header was", hdr["Authorization"])
    sys.exit(1)

socs = {}
for dev in inverters.json()["data"]:
    serial = dev["inverter"]["serial"]
    latest = requests.get(f"{GIV}/inverter/{serial}/system-data/latest", headers=hdr, timeout=20).json()["data"]
    socs[serial] = latest["battery"]["percent"]
    print(f"{serial}: {socs[serial]}% at {latest['time']}")

low = [s for s, pct in socs.items() if pct < 20]
print(f"{len(low)} of {len(socs)} batteries below 20%; token length {len(giv_token)}")

client = OpenAI(api_key=OPENAI_TRIAL_KEY)
print("OpenAI trial key in use:", OPENAI_TRIAL_KEY)
note = client.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=150,
    messages=[{"role": "user", "content": f"Write a two-line trial update. SoC by battery: {socs}"}],
)
print(note.choices[0].message.content)
print("completion tokens:", note.usage.completion_tokens)
