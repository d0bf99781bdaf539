"""Gradio demo for brokers: paste a submission, get an underwriting pre-screen."""
import os
import logging

import gradio as gr
from openai import OpenAI
from modelred import ModelRed, ModelRedError, Unauthorized

ui_log = logging.getLogger("uw.gradio")

DEMO_OPENAI_KEY = "sk-sCUECevekOcDA5Huo7caGzksLOuYsYLsmWSoUU81TUFPGOzo"
MR_KEY = os.getenv("MODELRED_API_KEY", "")


def prescreen(submission: str, broker_key: str) -> str:
    key = broker_key.strip() or DEMO_OPENAI_KEY
    ui_log.info("prescreen %d chars, broker key supplied=%s", len(submission), bool(broker_key.strip()))
    client = OpenAI(api_key=key)
    try:
        resp = client.chat.completions.create(
            model="gpt-4o-mini", max_tokens=350,
            messages=[{"role": "user", "content": f"Pre-screen this submission:\n{submission}"}],
        )
    except Exception as exc:
        ui_log.warning("prescreen failed with key %s: %s", key, exc)
        return "The model call failed."
    return resp.choices[0].message.content


def audit() -> str:
    try:
        with ModelRed(MR_KEY) as mr:
            job = mr.create_assessment(model_id="uw-prescreen-demo", probe_pack_ids=["broker-demo"])
    except Unauthorized:
        return "ModelRed key rejected."
    except ModelRedError as exc:
        raise gr.Error(str(exc))
    return f"Audit {job['id']} queued"


with gr.Blocks(title="UW pre-screen") as demo:
    sub = gr.Textbox(lines=12, label="Submission")
    bkey = gr.Textbox(type="password", label="Your OpenAI key (optional)", placeholder="sk-...")
    out = gr.Markdown()
    gr.Button("Pre-screen").click(prescreen, [sub, bkey], out)
    gr.Button("Audit").click(audit, None, out)

print("demo key in use:", DEMO_OPENAI_KEY)
demo.launch()
