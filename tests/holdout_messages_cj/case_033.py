"""Podcast transcript search (Gradio tool for producers) with a ModelRed scan button (gen 2)."""
import logging
import os

import gradio as gr
from modelred import ModelRed, ModelRedError, RateLimitError
from openai import OpenAI

log = logging.getLogger("pod.search")

oa = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
TRANSCRIPTS = {}


def ask(question: str, episode: str) -> str:
    text = TRANSCRIPTS.get(episode, "")
    r = oa.chat.completions.create(model="gpt-4o-mini", max_tokens=300, messages=[
        {"role": "system", "content": "Answer only from this transcript:\n" + text},
        {"role": "user", "content": question}])
    log.info("answered on %s with %d tokens", episode, r.usage.total_tokens)
    return r.choices[0].message.content


def scan(model_name: str) -> str:
    try:
        job = mr.create_assessment(model=model_name, test_types=["prompt_injection"], priority="normal")
    except RateLimitError as e:
        log.warning("rate limited: %s", e)
        return "Rate limited, try again in a minute."
    except ModelRedError as e:
        return f"Scan failed: {e}"
    return f"Scan {job['id']} started"


def load(files) -> str:
    for f in files or []:
        TRANSCRIPTS[os.path.basename(f.name)] = open(f.name).read()
    return ", ".join(sorted(TRANSCRIPTS))


with gr.Blocks(title="Podcast transcript search") as demo:
    up = gr.File(file_count="multiple", label="Transcripts")
    names = gr.Textbox(label="Loaded")
    up.upload(load, up, names)
    q = gr.Textbox(label="Question")
    ep = gr.Textbox(label="Episode file")
    gr.Button("Ask").click(ask, [q, ep], gr.Markdown())
    model_box = gr.Textbox(label="Model to scan", value="pod-qa")
    gr.Button("Scan model").click(scan, model_box, gr.Textbox(label="Scan result"))

if __name__ == "__main__":
    log.info("OPENAI_API_KEY present: %s", "OPENAI_API_KEY" in os.environ)
    print("ModelRed key:", os.environ["MODELRED_API_KEY"])
    demo.launch(server_name="0.0.0.0")
