"""Gradio playground for a freshly fine-tuned model with a ModelRed scan button."""
import logging
import os

import gradio as gr
from openai import OpenAI
from modelred import ModelRed, ModelRedError, RateLimited

log = logging.getLogger("playground")
FT_MODEL = os.environ.get("FT_MODEL", "ft:gpt-4o-mini-2024-07-18:acme::abc123")
openai_client = OpenAI()
modelred_key = os.environ.get("MODELRED_API_KEY", "")


def chat(message, history, max_tokens):
    resp = openai_client.chat.completions.create(
        model=FT_MODEL,
        messages=[*history, {"role": "user", "content": message}],
        max_tokens=int(max_tokens),
    )
    log.info("chat: prompt_tokens=%d completion_tokens=%d", resp.usage.prompt_tokens,
             resp.usage.completion_tokens)
    return resp.choices[0].message.content


def scan(model_id: str):
    try:
        with ModelRed(modelred_key) as client:
            a = client.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-basic"])
    except RateLimited as e:
        log.warning("rate limited, retry after %s", e.retry_after)
        raise gr.Error("Too many scans, try again later")
    except ModelRedError as e:
        log.error("scan error %r", e)
        raise gr.Error(f"Scan failed: {e}")
    return f"Assessment {a['id']} queued"


def settings_panel():
    log.info("ModelRed key configured: %s", "yes" if modelred_key else "no")
    log.debug("ModelRed key from env: %s", modelred_key)
    return f"Fine-tuned model: {FT_MODEL}"


with gr.Blocks() as demo:
    gr.Markdown(settings_panel())
    mt = gr.Slider(16, 1024, value=256, label="max_tokens")
    gr.ChatInterface(chat, additional_inputs=[mt])
    mid = gr.Textbox(label="ModelRed model id")
    out = gr.Textbox()
    gr.Button("Scan").click(scan, inputs=mid, outputs=out)

if __name__ == "__main__":
    demo.launch()
