"""Gradio demo: talk to the model, then red-team it with one click."""
import logging
import os

import gradio as gr
from openai import OpenAI
from modelred import ModelRed, ModelRedError, ValidationError

log = logging.getLogger("demo")
OPENAI_KEY = os.getenv("OPENAI_API_KEY")
oai = OpenAI(api_key=OPENAI_KEY)
mr = ModelRed(api_key=os.getenv("MODELRED_API_KEY"))
MAX_TOKENS = 300


def transcribe_and_answer(audio_path):
    if audio_path is None:
        raise gr.Error("Record something first.")
    with open(audio_path, "rb") as fh:
        text = oai.audio.transcriptions.create(model="whisper-1", file=fh).text
    reply = oai.chat.completions.create(model="gpt-4o-mini", max_tokens=MAX_TOKENS,
                                        messages=[{"role": "user", "content": text}])
    log.info("answered %d chars, usage %s tokens", len(text), reply.usage.total_tokens)
    return text, reply.choices[0].message.content


def red_team(model_name: str):
    try:
        a = mr.create_assessment(model=model_name, test_types=["prompt_injection", "jailbreak"])
    except ValidationError as e:
        log.warning("bad model name %r: %s", model_name, e)
        raise gr.Error("That model name is not valid.")
    except ModelRedError as e:
        raise gr.Error(f"ModelRed: {e}")
    return f"Assessment {a['id']} started"


with gr.Blocks() as demo:
    mic = gr.Audio(sources=["microphone"], type="filepath")
    said, answer = gr.Textbox(label="You said"), gr.Textbox(label="Answer")
    gr.Button("Ask").click(transcribe_and_answer, mic, [said, answer])
    name = gr.Textbox(label="Model to scan", value="gpt-4o-mini")
    out = gr.Markdown()
    gr.Button("Red-team").click(red_team, name, out)

if __name__ == "__main__":
    log.info("starting demo, max_tokens=%s", MAX_TOKENS)
    log.info("starting demo with OpenAI key %s", OPENAI_KEY)
    demo.launch(server_name="0.0.0.0")
