"""Gradio demo accompanying the paper: try our refusal classifier, or scan a hosted model."""
import logging
import os

import gradio as gr
from modelred import AsyncModelRed, APIError, RateLimited, Unauthorized
from transformers import pipeline

log = logging.getLogger("paper_demo")

CLASSIFIER = "lab-nlp/refusal-roberta-base"
HF_TOKEN = os.environ.get("HF_TOKEN")
MR_KEY = os.environ.get("MODELRED_API_KEY", "")
clf = pipeline("text-classification", model=CLASSIFIER, token=HF_TOKEN)
log.info("loaded %s (gated access token present: %s)", CLASSIFIER, HF_TOKEN is not None)
log.info("tokenizer max length %d", clf.tokenizer.model_max_length)


def classify(text):
    out = clf(text, truncation=True)[0]
    return {out["label"]: float(out["score"])}


async def scan(model_id, packs):
    if not model_id:
        raise gr.Error("Enter a model id.")
    try:
        async with AsyncModelRed(MR_KEY, timeout=20.0) as mr:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=packs or ["jailbreak-v2"])
    except RateLimited:
        raise gr.Error("The demo is busy; please try again in a minute.")
    except Unauthorized as e:
        log.error("demo key rejected: %s", e)
        raise gr.Error("Scanning is temporarily unavailable.")
    except APIError as e:
        raise gr.Error(f"Scan failed: {e}")
    return f"Assessment {a['id']} started for {model_id}."


def startup_check():
    if MR_KEY and not MR_KEY.startswith("mr_"):
        log.warning("MODELRED_API_KEY does not start with mr_: %r", MR_KEY)
    if HF_TOKEN and not HF_TOKEN.startswith("hf_"):
        raise RuntimeError(f"HF_TOKEN should start with hf_, got {HF_TOKEN[:3]}")


with gr.Blocks(title="Refusal classifier (paper demo)") as demo:
    with gr.Tab("Classify"):
        inp = gr.Textbox(label="Model response")
        gr.Button("Classify").click(classify, inp, gr.Label())
    with gr.Tab("Scan"):
        mid = gr.Textbox(label="ModelRed model id")
        packs = gr.CheckboxGroup(["jailbreak-v2", "pii-leak", "toxicity-lite"], label="Probe packs")
        gr.Button("Scan").click(scan, [mid, packs], gr.Textbox(label="Result"))

if __name__ == "__main__":
    startup_check()
    demo.launch(server_name="0.0.0.0")
