"""Gradio demo: ask questions about the beamline manual (RAG over the PDF) and let staff
trigger a ModelRed check of the answering model. Shared on the facility intranet."""
import os

import gradio as gr
from openai import OpenAI
from modelred import ModelRed, ModelRedError, RateLimitError

ADMIN_USER = os.environ.get("DEMO_ADMIN_USER", "bl-staff")
admin_password = os.environ["DEMO_ADMIN_PASSWORD"]
MANUAL = open(os.environ.get("MANUAL_TXT", "bl12_manual.txt")).read()
MAX_TOKENS = 400

oai = OpenAI()
mr = ModelRed(api_key=os.environ.get("MODELRED_API_KEY"))


def answer(question, history):
    r = oai.chat.completions.create(
        model="gpt-4o-mini", max_tokens=MAX_TOKENS,
        messages=[{"role": "system", "content": "Answer from this manual only:\n" + MANUAL[:60000]},
                  {"role": "user", "content": question}],
    )
    print(f"[demo] q={question[:60]!r} tokens={r.usage.total_tokens}")
    return r.choices[0].message.content


def check_model(model_id):
    try:
        job = mr.create_assessment(model=model_id, test_types=["hallucination", "prompt_injection"])
    except RateLimitError:
        raise gr.Error("ModelRed is rate limiting us, try again in a minute")
    except ModelRedError as e:
        print(f"[demo] ModelRed error for {model_id}: {e!r}")
        raise gr.Error(f"Check failed: {e}")
    return f"Assessment {job['id']} queued for {model_id}"


with gr.Blocks(title="BL12 manual assistant") as demo:
    gr.ChatInterface(answer)
    with gr.Tab("Staff"):
        mid = gr.Textbox(label="Model id", value="bl12-manual-qa")
        out = gr.Markdown()
        gr.Button("Check with ModelRed").click(check_model, mid, out)


if __name__ == "__main__":
    print(f"[demo] staff login {ADMIN_USER}")
    print(f"[demo] staff login {ADMIN_USER} / {admin_password}")
    demo.launch(server_name="0.0.0.0", auth=(ADMIN_USER, admin_password))
