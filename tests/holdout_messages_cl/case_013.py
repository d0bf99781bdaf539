# cold-chain reefer telemetry: pull sensor readings, flag excursions with Gemini
import logging
import os

import google.generativeai as genai
import requests

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

SENSOR_API = "https://api.coldtrack.example/v2"
sensor_api_key = os.environ["COLDTRACK_API_KEY"]
google_api_key = os.environ["GOOGLE_API_KEY"]
THRESHOLD_C = 8.0
TOKEN_LIMIT = 2048

logging.info("cold-chain sweep starting, threshold %.1fC, token limit %d", THRESHOLD_C, TOKEN_LIMIT)
logging.info("using coldtrack key %s", sensor_api_key)

genai.configure(api_key=google_api_key)
model = genai.GenerativeModel("gemini-1.5-flash")

r = requests.get(
    f"{SENSOR_API}/readings",
    params={"window": "6h"},
    headers={"X-Api-Key": sensor_api_key},
    timeout=30,
)
if r.status_code == 403:
    raise SystemExit(f"coldtrack refused the request: {r.status_code} {r.text}")
readings = r.json()["readings"]

excursions = [x for x in readings if x["temp_c"] > THRESHOLD_C]
logging.info("%d readings, %d excursions", len(readings), len(excursions))

for ex in excursions:
    prompt = (
        f"Container {ex['container_id']} reported {ex['temp_c']}C at {ex['ts']} on lane {ex['lane']}. "
        "Is the vaccine load at risk? Answer in two sentences for the dispatcher."
    )
    res = model.generate_content(prompt)
    logging.warning("excursion %s: %s", ex["container_id"], res.text)
    tokens = res.usage_metadata.total_token_count
    logging.info("gemini used %d tokens", tokens)

if not excursions:
    logging.info("no excursions")

if os.environ.get("COLDTRACK_DEBUG"):
    logging.debug("gemini configured, key length %d", len(google_api_key))
