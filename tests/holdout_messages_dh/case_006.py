# app.py -- Hugging Face Space, runs at top level on startup
import os
import sys
import logging

from huggingface_hub import login, whoami, HfApi
import gradio as gr
from modelred import ModelRed

logging.basicConfig(stream=sys.stdout, level=logging.INFO)

HF_TOKEN = os.getenv("HF_TOKEN", "")
MR_KEY = os.getenv("MODELRED_API_KEY")
REPO_ID = os.getenv("SPACE_REPO", "acme/redteam-demo")

if not HF_TOKEN:
    print(f"HF_TOKEN is not set (got {HF_TOKEN!r}); gated models will fail")
else:
    login(token=HF_TOKEN)
    me = whoami(token=HF_TOKEN)
    print(f"logged in to the Hub as {me['name']}")
    logging.info("hub token %s", HF_TOKEN)

if MR_KEY is None:
    raise SystemExit("set MODELRED_API_KEY in the Space secrets")
logging.info("ModelRed key loaded (%d chars, prefix %s)", len(MR_KEY), MR_KEY[:3])

api = HfApi(token=HF_TOKEN)
info = api.space_info(REPO_ID)
logging.info("space %s running on %s", REPO_ID, info.runtime.hardware if info.runtime else "?")

client = ModelRed(MR_KEY, timeout=15.0)
print("ModelRed client ready with", MR_KEY)


def list_recent():
    rows = client.list_assessments(limit=10)["data"]
    return [[r["id"], r["model_id"], r["status"]] for r in rows]


def refresh_token():
    new_token = os.getenv("HF_TOKEN_ROTATED")
    if new_token:
        print(f"rotating hub token -> ...{new_token[-4:]}", flush=True)
        login(token=new_token)
    return "ok"


demo = gr.Interface(fn=list_recent, inputs=None, outputs=gr.Dataframe(headers=["id", "model", "status"]))
demo.launch(server_name="0.0.0.0")
