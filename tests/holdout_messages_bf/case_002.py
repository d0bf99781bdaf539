# Nightly Garmin Connect export script for the coaching team. Run: python case_002.py
import json
import logging
import os
import sys
from pathlib import Path

import requests
from modelred import ModelRed, ModelRedError

logging.basicConfig(level=logging.INFO)
CONFIG_PATH = Path.home() / ".coachsync" / "garmin.json"

cfg = json.loads(CONFIG_PATH.read_text())
garmin_user = cfg["username"]
garmin_password = cfg["password"]
modelred_key = os.getenv("MODELRED_API_KEY", "")
openai_key = os.environ["OPENAI_API_KEY"]

logging.info("exporting for %s, password length %d", garmin_user, len(garmin_password))
print(f"Loaded config from {CONFIG_PATH}: {cfg}")

session = requests.Session()
r = session.post("https://connect.example-garmin.test/signin", data={"username": garmin_user, "password": garmin_password}, timeout=20)
if r.status_code != 200:
    print("garmin sign-in failed:", r.status_code, file=sys.stderr)
    sys.exit(1)

activities = session.get("https://connect.example-garmin.test/activities?limit=50", timeout=20).json()
out = Path("exports") / "garmin_latest.json"
out.parent.mkdir(exist_ok=True)
out.write_text(json.dumps(activities))
logging.info("wrote %d activities to %s", len(activities), out)

print("OpenAI key in use:", openai_key)
print("OpenAI key in use: ...%s" % openai_key[-4:])


async def scan_summary_model():
    async with ModelRed(api_key=modelred_key) as client:
        try:
            await client.run_assessment(model_id="coach-summary-gpt", test_suites=["basic_security"], wait_for_completion=True)
        except ModelRedError as e:
            logging.error("modelred scan failed: %s", e)
            return False
    return True


if __name__ == "__main__" and "--scan" in sys.argv:
    import asyncio

    ok = asyncio.run(scan_summary_model())
    logging.info("scan ok=%s", ok)
