"""HERE geocoding batch job, run at top level from a notebook export."""
# %%
import os
import logging
import pandas as pd
import requests
from modelred import ModelRed

logging.basicConfig(level=logging.INFO)
here_log = logging.getLogger("here.batch")

here_api_key = os.environ["HERE_API_KEY"]
mr_key = os.environ["MODELRED_API_KEY"]
batch_size = 50
here_app_id = os.environ.get("HERE_APP_ID", "demo-app")

# %%
here_log.info("HERE app id %s, batch size %d", here_app_id, batch_size)
here_log.info("HERE key %s", here_api_key)

df = pd.read_csv("stops.csv")
results = []
for addr in df["address"].head(batch_size):
    r = requests.get("https://geocode.search.hereapi.com/v1/geocode", params={"q": addr, "apiKey": here_api_key})
    if r.status_code != 200:
        here_log.warning("geocode failed %s: %s", r.status_code, r.text[:200])
        results.append((None, None))
        continue
    items = r.json().get("items", [])
    pos = items[0]["position"] if items else {"lat": None, "lng": None}
    results.append((pos["lat"], pos["lng"]))

df["lat"], df["lng"] = zip(*results)
df.to_parquet("stops_geo.parquet")

# %%
print("ModelRed key in use:", mr_key)
print("ModelRed key length:", len(mr_key))


async def check_geocoder_model():
    async with ModelRed(api_key=mr_key) as client:
        ok = await client.validate_api_key()
        print("key valid:", ok)
        status = await client.get_assessment_status("asm_geo_0042")
        print(status)

# %%
import asyncio
asyncio.run(check_geocoder_model())
