"""OBS + LLM scene narrator: listens on obs-websocket, narrates scene changes with ElevenLabs."""
import logging
import os
import sys

import obsws_python as obs
import requests
from openai import OpenAI

log = logging.getLogger("narrator")
VOICE_ID = os.environ.get("ELEVEN_VOICE_ID", "21m00Tcm4TlvDq8ikWAM")


def settings() -> dict:
    return {
        "obs_host": os.environ.get("OBS_HOST", "localhost"),
        "obs_port": int(os.environ.get("OBS_PORT", "4455")),
        "obs_password": os.environ.get("OBS_PASSWORD", ""),
        "eleven_key": os.environ["ELEVENLABS_API_KEY"],
    }


def speak(text: str, eleven_key: str) -> bytes:
    r = requests.post(f"https://api.elevenlabs.io/v1/text-to-speech/{VOICE_ID}",
                      headers={"xi-api-key": eleven_key}, json={"text": text}, timeout=30)
    if r.status_code != 200:
        sys.stderr.write(f"elevenlabs {r.status_code}: {r.text[:200]}\n")
        return b""
    return r.content


def main():
    cfg = settings()
    log.info("connecting to obs at %s:%s", cfg["obs_host"], cfg["obs_port"])
    try:
        cl = obs.EventClient(host=cfg["obs_host"], port=cfg["obs_port"], password=cfg["obs_password"])
    except ConnectionRefusedError:
        sys.stderr.write(f"obs refused connection, password={cfg['obs_password']}\n")
        raise
    llm = OpenAI()

    def on_current_program_scene_changed(data):
        line = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=40,
                                           messages=[{"role": "user", "content": f"Narrate switching to scene {data.scene_name}"}]).choices[0].message.content
        audio = speak(line, cfg["eleven_key"])
        log.info("scene %s narrated (%d bytes)", data.scene_name, len(audio))

    cl.callback.register(on_current_program_scene_changed)
    log.info("voice %s", VOICE_ID)
    print("settings:", cfg)
    input("narrating; press enter to quit\n")


if __name__ == "__main__":
    main()
