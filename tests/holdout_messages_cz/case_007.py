# Pulls feeder and switch layers from ArcGIS Online for the storm-prep notebook.
# Exported from storm_prep.ipynb and run by the GIS team before a weather event.
import json
import os

import requests
from langchain_openai import ChatOpenAI

PORTAL = "https://www.arcgis.com/sharing/rest"
FEEDER_LAYER = os.environ["FEEDER_LAYER_URL"]
agol_user = os.environ["AGOL_USER"]
agol_password = os.environ["AGOL_PASSWORD"]

# %%
gen = requests.post(
    f"{PORTAL}/generateToken",
    data={"username": agol_user, "password": agol_password, "referer": "storm-prep", "f": "json"},
    timeout=20,
).json()
if "error" in gen:
    print(f"generateToken failed for {agol_user}: {gen['error'].get('message')}")
    raise RuntimeError(f"AGOL login failed for {agol_user} / {agol_password}")
agol_token = gen["token"]
print("token expires (ms):", gen["expires"])

# %%
q = requests.get(
    f"{FEEDER_LAYER}/query",
    params={"where": "STATUS='ENERGIZED'", "outFields": "FEEDER_ID,SUBSTATION,KVA", "f": "json", "token": agol_token},
    timeout=60,
).json()
features = q.get("features", [])
print(f"{len(features)} feeders, token used: {agol_token}")
print("query keys:", sorted(q))

# %%
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0, max_tokens=600)
top = sorted(features, key=lambda f: f["attributes"].get("KVA", 0), reverse=True)[:30]
reply = llm.invoke(
    "Rank these feeders for pre-storm patrol, heaviest loaded first: "
    + json.dumps([f["attributes"] for f in top])
)
print(reply.content)
print("usage:", reply.response_metadata.get("token_usage"))
