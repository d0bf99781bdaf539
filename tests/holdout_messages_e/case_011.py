"""Gradio playground: try a prompt against a registered model, then queue a scan."""
import logging
import os

import gradio as gr
from modelred import ModelRed, ModelRedError, RateLimited

log = logging.getLogger("playground")
client = ModelRed(os.environ["MODELRED_API_KEY"])


def start_scan(model_id: str, packs: str) -> str:
    pack_ids = [p.strip() for p in packs.split(",") if p.strip()]
    try:
        run = client.create_assessment(model_id=model_id, probe_pack_ids=pack_ids)
    except RateLimited as e:
        log.warning("rate limited: %s", e)
        raise gr.Error("Too many scans right now, try again in a minute.")
    except ModelRedError as e:
        raise gr.Error(f"ModelRed said: {e}")
    return f"Queued assessment {run['id']}"


def check_key(user_key: str) -> str:
    if not user_key.startswith("mr_"):
        return "Keys start with mr_"
    try:
        ModelRed(user_key).list_models(page_size=1)
    except ModelRedError:
        log.info("user supplied an invalid key: %s", user_key)
        return "Key rejected"
    return "Key OK"


with gr.Blocks() as demo:
    model = gr.Textbox(label="Model id")
    packs = gr.Textbox(label="Probe packs", value="jailbreak")
    out = gr.Markdown()
    gr.Button("Scan").click(start_scan, [model, packs], out)
    key_box = gr.Textbox(label="Your key", type="password")
    gr.Button("Check key").click(check_key, [key_box], out)

if __name__ == "__main__":
    demo.launch(server_name="0.0.0.0")
