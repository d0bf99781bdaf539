"""Gradio voice note summariser with Whisper and GPT; credentials from a YAML file."""
import logging
from pathlib import Path

import gradio as gr
import yaml
from openai import OpenAI, APIStatusError

logger = logging.getLogger("voice_notes")
CONFIG_FILE = Path(__file__).with_name("credentials.yaml")


def load_credentials() -> dict:
    creds = yaml.safe_load(CONFIG_FILE.read_text())
    openai_section = creds.get("openai", {})
    logger.info("credentials file %s, openai fields %s", CONFIG_FILE.name, list(openai_section))
    logger.info("openai base url %s", openai_section.get("base_url"))
    return openai_section


CREDS = load_credentials()
client = OpenAI(api_key=CREDS["api_key"], base_url=CREDS.get("base_url"))


def summarise(audio_path: str) -> str:
    if not audio_path:
        raise gr.Error("Record something first.")
    try:
        with open(audio_path, "rb") as fh:
            text = client.audio.transcriptions.create(model="whisper-1", file=fh).text
        out = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Summarise:\n" + text}], max_tokens=300)
    except APIStatusError as e:
        logger.error("openai %s: %s", e.status_code, e.message)
        raise gr.Error(f"OpenAI error {e.status_code}")
    logger.info("summary used %d tokens", out.usage.total_tokens)
    return out.choices[0].message.content


def reload_credentials() -> str:
    global CREDS, client
    new = load_credentials()
    if new.get("api_key") == CREDS.get("api_key"):
        return "unchanged"
    logger.warning("credentials changed from %s to %s", CREDS.get("api_key"), new.get("api_key"))
    CREDS = new
    client = OpenAI(api_key=CREDS["api_key"], base_url=CREDS.get("base_url"))
    return "reloaded"


with gr.Blocks() as demo:
    mic = gr.Audio(sources=["microphone"], type="filepath")
    out = gr.Textbox(label="Summary")
    gr.Button("Summarise").click(summarise, mic, out)
    gr.Button("Reload credentials").click(reload_credentials, None, out)

demo.launch()
