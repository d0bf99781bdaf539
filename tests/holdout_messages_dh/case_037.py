import os
import logging

import gradio as gr
from transformers import pipeline
from huggingface_hub import InferenceClient

# HF Space for a gated model; falls back to the Inference API when no GPU is present
logging.basicConfig(level=logging.INFO)
log = logging.getLogger("gated_demo")

hf_token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN")
MODEL_REPO = "meta-llama/Llama-3.2-1B-Instruct"
USE_LOCAL = os.getenv("USE_LOCAL", "0") == "1"

log.info("repo %s local=%s token_set=%s", MODEL_REPO, USE_LOCAL, hf_token is not None)
log.info("token source var: %s", "HF_TOKEN" if os.environ.get("HF_TOKEN") else "HUGGINGFACE_API_TOKEN")

if USE_LOCAL:
    try:
        pipe = pipeline("text-generation", model=MODEL_REPO, token=hf_token, device_map="auto")
    except OSError as err:
        raise RuntimeError(f"could not load {MODEL_REPO} with token {hf_token}") from err
else:
    client = InferenceClient(model=MODEL_REPO, token=hf_token)


def generate(prompt, max_new_tokens=256):
    log.info("generate max_new_tokens=%d len=%d", max_new_tokens, len(prompt))
    if USE_LOCAL:
        return pipe(prompt, max_new_tokens=max_new_tokens)[0]["generated_text"]
    return client.text_generation(prompt, max_new_tokens=max_new_tokens)


def diagnostics():
    lines = [f"repo: {MODEL_REPO}", f"local: {USE_LOCAL}", f"token: {'set' if hf_token else 'missing'}"]
    log.info("diagnostics: %s", "; ".join(lines))
    return "\n".join(lines)


with gr.Blocks() as demo:
    p = gr.Textbox(label="Prompt")
    n = gr.Slider(16, 1024, 256, label="max_new_tokens")
    o = gr.Textbox(label="Output")
    gr.Button("Generate").click(generate, [p, n], o)
    d = gr.Textbox(label="Diagnostics")
    gr.Button("Diagnostics").click(diagnostics, None, d)

if os.getenv("SPACE_DEBUG"):
    print(f"SPACE_DEBUG on: hf_token={hf_token}")
demo.launch()
