# Nightly podcast-episode summariser, exported from a notebook and run at top level.
import os
import logging
from pathlib import Path

import feedparser
import requests
from anthropic import Anthropic
from modelred import ModelRed

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("episodes")

FEED = "https://feeds.example-news.org/daily-briefing.xml"
anthropic_key = os.environ["ANTHROPIC_API_KEY"]
assembly_key = os.getenv("ASSEMBLYAI_API_KEY")
print("anthropic key prefix:", anthropic_key[:4])
print(f"assembly key: {assembly_key}")

claude = Anthropic(api_key=anthropic_key)
feed = feedparser.parse(FEED)
latest = feed.entries[0]
audio_url = latest.enclosures[0].href
log.info("latest episode %s -> %s", latest.title, audio_url)

hdr = {"authorization": assembly_key}
job = requests.post("https://api.assemblyai.com/v2/transcript", json={"audio_url": audio_url}, headers=hdr).json()
log.info("transcript job %s status %s", job.get("id"), job.get("status"))
if "error" in job:
    log.error("AssemblyAI error %s using %s", job["error"], hdr)

transcript_text = Path("transcript_cache.txt").read_text() if Path("transcript_cache.txt").exists() else ""
msg = claude.messages.create(
    model="claude-3-5-sonnet-latest",
    max_tokens=600,
    messages=[{"role": "user", "content": f"Show notes for '{latest.title}':\n{transcript_text}"}],
)
print(msg.content[0].text)
print("tokens:", msg.usage.input_tokens + msg.usage.output_tokens)

# red-team the show-notes prompt once a week
log.info("ModelRed key set: %s", "MODELRED_API_KEY" in os.environ)
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
a = mr.create_assessment(model="show-notes-claude", test_types=["prompt_injection", "toxicity"], priority="low")
print("assessment", a["id"])
