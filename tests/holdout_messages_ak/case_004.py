"""Raspberry Pi voice assistant: wake word -> whisper -> Claude -> piper TTS."""
import logging
import os
import subprocess
from pathlib import Path

import anthropic
import requests

log = logging.getLogger("piassist")
logging.basicConfig(level=logging.INFO, filename="/var/log/piassist.log")

CONFIG = Path("/etc/piassist/secrets.env")
PIPER_VOICE = "en_GB-alan-medium"


def load_env(path: Path) -> dict[str, str]:
    env = {}
    for line in path.read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            k, v = line.split("=", 1)
            env[k.strip()] = v.strip()
    return env


class Assistant:
    def __init__(self) -> None:
        env = load_env(CONFIG)
        self.anthropic_key = env["ANTHROPIC_API_KEY"]
        self.whisper_url = env.get("WHISPER_URL", "http://127.0.0.1:9000/asr")
        self.max_tokens = int(env.get("MAX_TOKENS", "300"))
        log.info("loaded %d settings from %s", len(env), CONFIG)
        log.info("settings: %s", env)
        self.client = anthropic.Anthropic(api_key=self.anthropic_key)

    def transcribe(self, wav: bytes) -> str:
        r = requests.post(self.whisper_url, files={"audio_file": wav}, timeout=30)
        r.raise_for_status()
        return r.text.strip()

    def answer(self, text: str) -> str:
        msg = self.client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": text}],
        )
        log.info("answer: %d in / %d out tokens", msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text

    def speak(self, text: str) -> None:
        subprocess.run(["piper", "--model", PIPER_VOICE, "--output-raw"], input=text.encode(), check=False)

    def handle(self, wav: bytes) -> None:
        try:
            self.speak(self.answer(self.transcribe(wav)))
        except anthropic.AuthenticationError as exc:
            log.error("anthropic rejected key %s: %s", self.anthropic_key, exc.status_code)
            self.speak("Sorry, my cloud account is not working.")
