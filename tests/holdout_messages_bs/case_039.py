"""Audiobook narration batch: chapters -> ElevenLabs, scanned by ModelRed gen 2 (sync client)."""
import logging
import os
import sys

from elevenlabs.client import ElevenLabs
from modelred import ModelRed, ProviderConfig, ModelRedError

log = logging.getLogger("audiobook")


def narrate(chapters, voice_id, out_dir, xi_key):
    client = ElevenLabs(api_key=xi_key)
    for i, text in enumerate(chapters, 1):
        path = os.path.join(out_dir, f"chapter_{i:02d}.mp3")
        try:
            audio = client.text_to_speech.convert(voice_id=voice_id, text=text, model_id="eleven_multilingual_v2")
        except Exception as e:
            log.error("chapter %d failed: %s", i, e)
            raise RuntimeError(f"narration stopped at chapter {i}") from e
        with open(path, "wb") as fh:
            for chunk in audio:
                fh.write(chunk)
        log.info("chapter %d -> %s (%d chars)", i, path, len(text))


def register_narration_llm(mr_key, anthropic_key):
    cfg = ProviderConfig.anthropic(api_key=anthropic_key, model_name="claude-3-5-sonnet-latest", max_tokens=4096)
    with ModelRed(api_key=mr_key) as mr:
        try:
            return mr.create_model(modelId="audiobook-editor", provider="anthropic", displayName="Audiobook editor", providerConfig=cfg)
        except ModelRedError as e:
            log.error("create_model: %s (%s)", type(e).__name__, getattr(e, "status_code", None))
            sys.stderr.write("register failed with anthropic key %s\n" % anthropic_key)
            return None


def main():
    xi_key = os.environ["ELEVENLABS_API_KEY"]
    mr_key = os.environ["MODELRED_API_KEY"]
    chapters = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
    log.info("%d chapters, voice %s", len(chapters), sys.argv[1])
    narrate(chapters, sys.argv[1], "out", xi_key)
    if os.environ.get("ANTHROPIC_API_KEY"):
        register_narration_llm(mr_key, os.environ["ANTHROPIC_API_KEY"])
    else:
        log.info("ANTHROPIC_API_KEY not set; skipping registration")
    print(f"narrated with ElevenLabs key {xi_key}")


if __name__ == "__main__":
    main()
