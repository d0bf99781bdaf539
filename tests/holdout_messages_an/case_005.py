# Push the week's red-team transcripts to Argilla for human review. Run as a script.
import json
import os
import sys
from pathlib import Path

import argilla as rg

API_URL = os.environ.get("ARGILLA_API_URL", "http://argilla.lab.local:6900")
API_KEY = os.environ.get("ARGILLA_API_KEY", "")
WORKSPACE = os.environ.get("ARGILLA_WORKSPACE", "redteam")
DATASET = f"transcripts-{sys.argv[1] if len(sys.argv) > 1 else 'latest'}"

print(f"argilla url={API_URL} workspace={WORKSPACE} dataset={DATASET}")
if len(API_KEY) < 8:
    print(f"warning: ARGILLA_API_KEY has only {len(API_KEY)} characters", file=sys.stderr)
client = rg.Argilla(api_url=API_URL, api_key=API_KEY)
try:
    me = client.me
except Exception as exc:
    print(f"login to {API_URL} failed with key {API_KEY}: {exc}", file=sys.stderr)
    raise

print(f"logged in as {me.username} (role {me.role})")

settings = rg.Settings(
    fields=[rg.TextField(name="prompt"), rg.TextField(name="response")],
    questions=[rg.LabelQuestion(name="verdict", labels=["safe", "unsafe", "unclear"])],
    metadata=[rg.IntegerMetadataProperty(name="completion_tokens")],
)
ds = client.datasets(name=DATASET, workspace=WORKSPACE)
if ds is None:
    ds = rg.Dataset(name=DATASET, workspace=WORKSPACE, settings=settings, client=client).create()

records = []
for line in Path("runs/transcripts.jsonl").read_text().splitlines():
    row = json.loads(line)
    records.append(rg.Record(fields={"prompt": row["prompt"], "response": row["response"]}, metadata={"completion_tokens": row["usage"]["completion_tokens"]}))
ds.records.log(records)
total = sum(r.metadata["completion_tokens"] for r in records)
print(f"logged {len(records)} records, {total} completion tokens")

hf_token = os.environ.get("HF_TOKEN")
if hf_token:
    ds.to_hub(repo_id=f"lab-redteam/{DATASET}", token=hf_token, generate_card=True)
    print(f"mirrored to the Hub with token {hf_token}")
