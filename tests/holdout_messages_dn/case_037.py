import os
import sys
import time
import requests
from openai import OpenAI

# voice assistant: whisper -> gpt -> elevenlabs. one file, no time to refactor
ELEVEN_KEY = os.getenv("ELEVENLABS_API_KEY")
VOICE_ID = os.getenv("VOICE_ID", "21m00Tcm4TlvDq8EDAVL")
oa = OpenAI()


def transcribe(path):
    with open(path, "rb") as f:
        t = oa.audio.transcriptions.create(model="whisper-1", file=f)
    print("heard:", t.text)
    return t.text


def think(text):
    r = oa.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}], max_tokens=150)
    print("gpt tokens:", r.usage.completion_tokens)
    return r.choices[0].message.content


def speak(text, out="reply.mp3"):
    url = "https://api.elevenlabs.io/v1/text-to-speech/" + VOICE_ID
    hdr = {"xi-api-key": ELEVEN_KEY, "accept": "audio/mpeg"}
    print("tts voice", VOICE_ID, "url", url)
    r = requests.post(url, headers=hdr, json={"text": text, "model_id": "eleven_monolingual_v1"})
    if r.status_code != 200:
        print("elevenlabs", r.status_code, r.text[:200])
        print("xi-api-key was", hdr["xi-api-key"])
        return None
    open(out, "wb").write(r.content)
    return out


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("usage: voice.py input.wav")
        sys.exit(1)
    t0 = time.time()
    heard = transcribe(sys.argv[1])
    said = think(heard)
    f = speak(said)
    print("saved", f, "in", round(time.time() - t0, 1), "s")
