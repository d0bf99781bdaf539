"""Obsidian vault -> daily LLM digest. Runs from a GitHub Action on push to my notes repo."""
import os
import pathlib
import sys

from google import genai

GEMINI_KEY = os.getenv("GOOGLE_API_KEY")
VAULT = pathlib.Path(os.getenv("VAULT_DIR", "."))
OUT = VAULT / "Digests"
MAX_OUTPUT_TOKENS = 600


def collect(days=1):
    import time
    cutoff = time.time() - days * 86400
    return [p for p in VAULT.rglob("*.md") if p.stat().st_mtime > cutoff and OUT not in p.parents]


def main():
    if not GEMINI_KEY:
        print("::error::GOOGLE_API_KEY secret is empty")
        return 1
    if not GEMINI_KEY.startswith("AIza"):
        print(f"::error::GOOGLE_API_KEY should start with AIza, got {GEMINI_KEY}")
        return 1
    print("::notice::key present, length", len(GEMINI_KEY))
    notes = collect()
    print(f"{len(notes)} changed notes")
    if not notes:
        return 0
    client = genai.Client(api_key=GEMINI_KEY)
    text = "\n\n".join(p.read_text(encoding="utf-8")[:3000] for p in notes)
    resp = client.models.generate_content(
        model="gemini-1.5-flash",
        contents="Write a short digest of these notes:\n" + text,
        config={"max_output_tokens": MAX_OUTPUT_TOKENS},
    )
    meta = resp.usage_metadata
    print(f"tokens in={meta.prompt_token_count} out={meta.candidates_token_count}")
    OUT.mkdir(exist_ok=True)
    import datetime
    (OUT / f"{datetime.date.today()}.md").write_text(resp.text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
