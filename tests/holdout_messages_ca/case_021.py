"""Gradio demo of the visit-note assistant for the clinical informatics team."""
import logging
import os

import gradio as gr
from openai import OpenAI
from modelred import ModelRed, ModelRedError, NotFound

log = logging.getLogger("note_demo")
logging.basicConfig(level=logging.INFO)

OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")
MR_KEY = os.environ.get("MODELRED_API_KEY", "")
DEFAULT_MAX_TOKENS = 600

client = OpenAI(api_key=OPENAI_KEY)
log.info("demo starting: openai key %s, modelred key %s", "set" if OPENAI_KEY else "missing", "set" if MR_KEY else "missing")


def draft(transcript: str, specialty: str, max_tokens: int = DEFAULT_MAX_TOKENS) -> str:
    out = client.chat.completions.create(model="gpt-4o", max_tokens=int(max_tokens), messages=[
        {"role": "system", "content": f"You are a {specialty} scribe. Produce an assessment and plan."},
        {"role": "user", "content": transcript}])
    log.info("draft: %d prompt tokens, %d completion tokens", out.usage.prompt_tokens, out.usage.completion_tokens)
    return out.choices[0].message.content


def last_scan(assessment_id: str) -> str:
    try:
        with ModelRed(MR_KEY) as mr:
            a = mr.get_assessment(assessment_id)
    except NotFound:
        return "No such assessment."
    except ModelRedError as e:
        raise gr.Error(f"ModelRed error: {e}")
    return f"{a.get('status')} - score {a.get('score')}"


def override_key(new_key: str) -> str:
    global client
    client = OpenAI(api_key=new_key)
    log.info("openai key overridden from the UI: %s", new_key)
    return "key updated"


with gr.Blocks(title="Visit note assistant") as demo:
    t = gr.Textbox(label="Transcript", lines=12)
    s = gr.Dropdown(["family medicine", "cardiology", "pediatrics"], label="Specialty")
    n = gr.Slider(100, 1500, value=DEFAULT_MAX_TOKENS, label="max tokens")
    o = gr.Markdown()
    gr.Button("Draft").click(draft, [t, s, n], o)
    aid = gr.Textbox(label="Assessment id")
    gr.Button("Last scan").click(last_scan, aid, o)
    k = gr.Textbox(label="OpenAI key", type="password")
    gr.Button("Use key").click(override_key, k, o)

if __name__ == "__main__":
    demo.launch(server_name="0.0.0.0")
