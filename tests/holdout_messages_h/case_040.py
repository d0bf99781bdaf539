"""Gradio demo: paste a provider key, pick a model, run a quick ModelRed scan."""
import logging
import os

import gradio as gr
from modelred import ModelRed, ModelRedError, Unauthorized

log = logging.getLogger("demo")
MR_KEY = os.environ["MODELRED_API_KEY"]


def scan(provider_key: str, model: str, max_tokens: int) -> str:
    if not provider_key:
        raise gr.Error("Please paste a provider key.")
    log.info("scan requested: model=%s max_tokens=%d key_len=%d", model, max_tokens, len(provider_key))
    log.debug("scan requested with provider key %s", provider_key)
    try:
        with ModelRed(MR_KEY) as client:
            a = client.create_assessment(model=model, probe_pack_ids=["quick"], detector_api_key=provider_key)
    except Unauthorized:
        raise gr.Error("The demo's ModelRed key was rejected; tell the maintainers.")
    except ModelRedError as e:
        log.exception("scan failed")
        raise gr.Error(f"Scan failed: {e}")
    return f"Assessment {a['id']} started"


with gr.Blocks() as demo:
    key_box = gr.Textbox(label="OpenAI API key", type="password")
    model_box = gr.Dropdown(["gpt-4o-mini", "gpt-4o"], value="gpt-4o-mini", label="Model")
    tokens = gr.Slider(16, 2048, value=256, step=16, label="max_tokens")
    out = gr.Markdown()
    gr.Button("Scan").click(scan, inputs=[key_box, model_box, tokens], outputs=out)

if __name__ == "__main__":
    demo.launch(server_name="0.0.0.0", server_port=int(os.environ.get("PORT", 7860)))
