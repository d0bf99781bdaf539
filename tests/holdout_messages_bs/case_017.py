"""Gradio demo: dub a short clip (Whisper -> GPT translation -> ElevenLabs)."""
import logging
import os

import gradio as gr
from openai import OpenAI
from elevenlabs.client import ElevenLabs

log = logging.getLogger("dub.demo")

oa = OpenAI()
xi = ElevenLabs(api_key=os.environ["ELEVENLABS_API_KEY"])
DEFAULT_VOICE = "21m00Tcm4TlvDq8Ikk4M"


def dub(audio_path, target_lang, voice_id, user_key):
    key = user_key.strip() or os.environ["ELEVENLABS_API_KEY"]
    client = xi if not user_key.strip() else ElevenLabs(api_key=key)
    log.info("dub request lang=%s voice=%s own_key=%s", target_lang, voice_id, bool(user_key.strip()))
    with open(audio_path, "rb") as fh:
        text = oa.audio.transcriptions.create(model="whisper-1", file=fh).text
    chat = oa.chat.completions.create(
        model="gpt-4o",
        max_tokens=800,
        messages=[{"role": "system", "content": f"Translate into {target_lang}. Keep timing cues."}, {"role": "user", "content": text}],
    )
    log.info("translation used %d prompt / %d completion tokens", chat.usage.prompt_tokens, chat.usage.completion_tokens)
    translated = chat.choices[0].message.content
    try:
        audio = client.text_to_speech.convert(voice_id=voice_id or DEFAULT_VOICE, text=translated, model_id="eleven_multilingual_v2")
    except Exception as e:
        log.error("elevenlabs failed for user key %s: %s", key, e)
        raise gr.Error("Speech synthesis failed; check your ElevenLabs key.")
    out = "/tmp/dubbed.mp3"
    with open(out, "wb") as fh:
        for chunk in audio:
            fh.write(chunk)
    return translated, out


with gr.Blocks(title="Quick dub") as demo:
    audio = gr.Audio(type="filepath", label="Clip")
    lang = gr.Dropdown(["German", "French", "Spanish"], value="German")
    voice = gr.Textbox(label="Voice id", value=DEFAULT_VOICE)
    user_key = gr.Textbox(label="Your ElevenLabs key (optional)", type="password", placeholder="xi-...")
    text_out = gr.Textbox(label="Translation")
    audio_out = gr.Audio(label="Dubbed")
    gr.Button("Dub").click(dub, [audio, lang, voice, user_key], [text_out, audio_out])

print("demo ready, default voice", DEFAULT_VOICE)
print("openai base url:", oa.base_url)
demo.launch()
