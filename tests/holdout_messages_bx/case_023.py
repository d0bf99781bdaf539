#!/usr/bin/env python3
# scope_glitch.py  (settings in ~/.config/scopebot/settings.json)
import json, os, sys, logging
from pathlib import Path
import serial
from openai import OpenAI

# one-shot: read the oscilloscope's waveform over USB serial, ask an LLM to classify the glitch.
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("scope")

cfg_path = Path.home() / ".config" / "scopebot" / "settings.json"
settings = json.loads(cfg_path.read_text())
api_key = settings.get("openai_api_key")
port = settings.get("port", "/dev/ttyUSB0")
log.info("settings from %s: port=%s keys=%s", cfg_path, port, sorted(settings))
if api_key is None:
    log.error("no openai_api_key in %s", cfg_path)
    sys.exit(2)

scope = serial.Serial(port, 115200, timeout=3)
scope.write(b":WAV:FORM BYTE\n")
scope.write(b":WAV:DATA?\n")
raw = scope.read(20000)
points = [b - 128 for b in raw[11:]]
log.info("read %d points", len(points))

client = OpenAI(api_key=api_key)
try:
    r = client.chat.completions.create(
        model="gpt-4o", max_tokens=200,
        messages=[{"role": "user", "content": f"Classify this glitch (ringing/ground bounce/crosstalk): {points[:400]}"}],
    )
except Exception as exc:
    log.error("LLM call failed using %s: %s", api_key, exc)
    raise
print(r.choices[0].message.content)
log.info("cost: %d prompt + %d completion tokens", r.usage.prompt_tokens, r.usage.completion_tokens)
print(f"settings dump: {json.dumps(settings)}")
print(f"other settings: {json.dumps({k: v for k, v in settings.items() if k != 'openai_api_key'})}")
