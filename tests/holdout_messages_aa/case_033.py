"""Voice line: Twilio streams a caller's speech to us, we answer with an LLM and ElevenLabs TTS."""
import logging
import os

import requests
from flask import Flask, Response, request, url_for
from twilio.twiml.voice_response import Gather, VoiceResponse
from openai import OpenAI

app = Flask(__name__)
vlog = logging.getLogger("voice")

ELEVEN_KEY = os.environ["ELEVENLABS_API_KEY"]
VOICE_ID = os.environ.get("ELEVEN_VOICE_ID", "21m00Tcm4TlvDq8ikWAM")
llm = OpenAI()
AUDIO_DIR = "static/tts"


def tts(text: str, name: str) -> str:
    headers = {"xi-api-key": ELEVEN_KEY, "accept": "audio/mpeg"}
    r = requests.post(f"https://api.elevenlabs.io/v1/text-to-speech/{VOICE_ID}", headers=headers,
                      json={"text": text, "model_id": "eleven_turbo_v2"}, timeout=30)
    if r.status_code != 200:
        vlog.error("tts failed %s for voice %s", r.status_code, VOICE_ID)
        vlog.error("tts headers were %s", headers)
        raise RuntimeError(f"elevenlabs {r.status_code}: {r.json().get('detail', {}).get('status')}")
    path = f"{AUDIO_DIR}/{name}.mp3"
    with open(path, "wb") as f:
        f.write(r.content)
    vlog.info("tts %d bytes -> %s", len(r.content), path)
    return path


@app.post("/voice")
def voice() -> Response:
    vr = VoiceResponse()
    g = Gather(input="speech", action=url_for("answer"), speech_timeout="auto")
    g.say("Hi, ask me anything.")
    vr.append(g)
    return Response(str(vr), mimetype="text/xml")


@app.post("/voice/answer")
def answer() -> Response:
    call_sid = request.form.get("CallSid", "")
    speech = request.form.get("SpeechResult", "")
    vlog.info("call %s said %d chars (confidence %s)", call_sid, len(speech), request.form.get("Confidence"))
    out = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=150, messages=[{"role": "user", "content": speech}])
    path = tts(out.choices[0].message.content, call_sid)
    vr = VoiceResponse()
    vr.play(url_for("static", filename=path.removeprefix("static/"), _external=True))
    vr.redirect(url_for("voice"))
    return Response(str(vr), mimetype="text/xml")


if __name__ == "__main__":
    print(f"ElevenLabs voice {VOICE_ID}, key {ELEVEN_KEY}")
    app.run(port=5050)
