"""Gradio demo for the jailbreak scanner. python demo.py"""
import logging
import os

import gradio as gr
from modelred import ModelRed, ModelRedError, RateLimited

log = logging.getLogger("demo")
logging.basicConfig(level=logging.INFO)

MR_KEY = os.getenv("MODELRED_API_KEY")
HF_TOKEN = os.getenv("HF_TOKEN")

log.info("demo booting; modelred key present=%s, hf token present=%s", MR_KEY is not None, HF_TOKEN is not None)
log.info("hf token: %s", HF_TOKEN)


def scan(model_id: str, pack: str) -> str:
    if not model_id:
        return "Please enter a model id."
    try:
        with ModelRed(MR_KEY) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=[pack])
            return f"Queued assessment {a['id']} for {model_id}"
    except RateLimited:
        return "Too many runs right now, try again in a minute."
    except ModelRedError as err:
        log.error("scan failed: %s", err)
        return f"Scan failed: {err}"


def lookup(aid: str) -> dict:
    try:
        with ModelRed(MR_KEY) as mr:
            return mr.get_assessment(aid)
    except ModelRedError as err:
        return {"error": err.__class__.__name__}


with gr.Blocks(title="Jailbreak scanner") as demo:
    model_in = gr.Textbox(label="Model id")
    pack_in = gr.Dropdown(["jailbreak-basic", "pii-leak"], value="jailbreak-basic", label="Pack")
    out = gr.Textbox(label="Result")
    gr.Button("Scan").click(scan, inputs=[model_in, pack_in], outputs=out)
    aid_in = gr.Textbox(label="Assessment id")
    status = gr.JSON()
    gr.Button("Lookup").click(lookup, inputs=aid_in, outputs=status)

if __name__ == "__main__":
    demo.launch(server_name="0.0.0.0")
