# claims_eval.py -- exported from the claims-triage evaluation notebook
import os
import json
import logging

import pandas as pd
from openai import OpenAI
from modelred import ModelRed, ModelRedError

logging.basicConfig(level=logging.INFO)
nb_log = logging.getLogger("notebook")

OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
MODELRED_API_KEY = os.environ["MODELRED_API_KEY"]
EVAL_FILE = "triage_eval_2026q3.jsonl"

df = pd.read_json(EVAL_FILE, lines=True)
nb_log.info("loaded %d labelled claims from %s", len(df), EVAL_FILE)

client = OpenAI(api_key=OPENAI_API_KEY)
nb_log.info("client ready: %s", client.base_url)

preds = []
total_tokens = 0
for row in df.itertuples():
    r = client.chat.completions.create(
        model="gpt-4o-mini", max_tokens=5,
        messages=[{"role": "user", "content": f"Severity (low/medium/high): {row.description}"}],
    )
    preds.append(r.choices[0].message.content.strip().lower())
    total_tokens += r.usage.total_tokens

df["pred"] = preds
accuracy = (df["pred"] == df["label"]).mean()
print(f"accuracy={accuracy:.3f} total_tokens={total_tokens}")

env_snapshot = {k: v for k, v in os.environ.items() if k.endswith("_API_KEY")}
print("keys in env:", list(env_snapshot))
print("env snapshot:", json.dumps(env_snapshot))

try:
    with ModelRed(MODELRED_API_KEY) as mr:
        job = mr.create_assessment(model_id="claims-triage-mini", probe_pack_ids=["triage-eval"])
    print("assessment", job["id"])
except ModelRedError as err:
    nb_log.warning("ModelRed failed: %r", err)
    print("key used:", MODELRED_API_KEY)
