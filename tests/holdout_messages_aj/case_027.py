import asyncio
import logging
import os

import gradio as gr
import azure.cognitiveservices.speech as speechsdk
from modelred import ModelRed, ModelRedError, NotFoundError

log = logging.getLogger("voicebox")
speech_key = os.environ.get("AZURE_SPEECH_KEY")
speech_region = os.environ.get("AZURE_SPEECH_REGION", "westeurope")
VOICE = "en-GB-RyanNeural"


def synthesize(text: str) -> str:
    cfg = speechsdk.SpeechConfig(subscription=speech_key, region=speech_region)
    cfg.speech_synthesis_voice_name = VOICE
    out = "out.wav"
    synth = speechsdk.SpeechSynthesizer(speech_config=cfg, audio_config=speechsdk.audio.AudioOutputConfig(filename=out))
    result = synth.speak_text_async(text).get()
    if result.reason == speechsdk.ResultReason.Canceled:
        details = result.cancellation_details
        log.error("tts canceled: %s (%s)", details.reason, details.error_details)
        log.debug("speech config key=%s region=%s", speech_key, speech_region)
        raise gr.Error("Speech synthesis failed")
    return out


async def model_status(model_id: str) -> str:
    async with ModelRed() as client:
        try:
            model = await client.get_model(model_id)
        except NotFoundError:
            raise gr.Error(f"No model called {model_id}")
        except ModelRedError as e:
            raise gr.Error(f"ModelRed: {e}")
    return f"{model['model_id']}: {model.get('status', 'unknown')}"


with gr.Blocks(title="Voicebox") as demo:
    gr.Markdown("## Narrate a line")
    line = gr.Textbox(label="Line")
    audio = gr.Audio(type="filepath")
    gr.Button("Speak").click(synthesize, inputs=line, outputs=audio)
    gr.Markdown("## Safety status of the script model")
    mid = gr.Textbox(label="Model id", value="voicebox-writer")
    status = gr.Textbox(label="Status")
    gr.Button("Check").click(model_status, inputs=mid, outputs=status)

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("voice=%s region=%s key set: %s", VOICE, speech_region, speech_key is not None)
    demo.launch()
