"""Gradio homework helper for students, with a pre-flight ModelRed check (gen 3)."""
import logging
import os

import gradio as gr
from openai import OpenAI
from modelred import ModelRed, ModelRedError, ValidationFailed

logger = logging.getLogger("homework_helper")

OPENAI_KEY = os.environ.get("OPENAI_API_KEY")
MR_KEY = os.environ.get("MODELRED_API_KEY")
llm = OpenAI(api_key=OPENAI_KEY)


def latest_safety_status() -> str:
    with ModelRed(MR_KEY, max_retries=2) as client:
        page = client.list_assessments(model_id="homework-helper", page_size=1)
    items = page.get("data", [])
    return items[0]["status"] if items else "never scanned"


def answer(question: str, subject: str) -> str:
    if not question.strip():
        raise gr.Error("Please type a question first.")
    out = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=500,
        messages=[
            {"role": "system", "content": f"You help students with {subject}. Explain steps; do not just give answers."},
            {"role": "user", "content": question},
        ],
    )
    logger.info("subject=%s tokens=%s", subject, out.usage.total_tokens)
    return out.choices[0].message.content


def safety_banner() -> str:
    try:
        return f"Safety scan: {latest_safety_status()}"
    except ValidationFailed as e:
        logger.warning("bad filter: %s", e)
        return "Safety scan: unknown"
    except ModelRedError as e:
        raise gr.Error(f"Could not reach the safety service: {e}")


with gr.Blocks(title="Homework helper") as demo:
    banner = gr.Markdown()
    subject = gr.Dropdown(["maths", "physics", "history", "english"], value="maths", label="Subject")
    q = gr.Textbox(label="Your question")
    a = gr.Markdown()
    gr.Button("Ask").click(answer, inputs=[q, subject], outputs=a)
    demo.load(safety_banner, outputs=banner)

if __name__ == "__main__":
    logger.info("starting with OPENAI key %s and ModelRed key %s", OPENAI_KEY, bool(MR_KEY))
    demo.launch(server_name="0.0.0.0")
