# release_notes.py: drafts release notes from merged PRs since the last tag (run by hand before a release)
import os
import subprocess
import sys

from openai import OpenAI

# fallback for laptops without the env var; the platform team's shared drafting key
OPENAI_DRAFTING_KEY = "sk-Uwbgw1hoo6YXTeD7g9rEkZ3JgxuUuSmtzJ0f2VFwLc8cIQMi"
MODEL = "gpt-4o-mini"
MAX_TOKENS = 1200

last_tag = subprocess.run(["git", "describe", "--tags", "--abbrev=0"], capture_output=True, text=True).stdout.strip()
log_lines = subprocess.run(["git", "log", f"{last_tag}..HEAD", "--merges", "--pretty=%s"], capture_output=True, text=True).stdout.splitlines()
print(f"{len(log_lines)} merged PRs since {last_tag}")

key = os.environ.get("OPENAI_API_KEY") or OPENAI_DRAFTING_KEY
key_source = "env" if "OPENAI_API_KEY" in os.environ else "fallback"
print(f"drafting with {MODEL}, max_tokens={MAX_TOKENS}, key from {key_source}")


def explain_fallback() -> None:
    print(f"note: using the shared drafting key {OPENAI_DRAFTING_KEY}; please set OPENAI_API_KEY", file=sys.stderr)


if key_source == "fallback":
    explain_fallback()

client = OpenAI(api_key=key)
prompt = "Write concise release notes grouped by area:\n" + "\n".join(log_lines)
resp = client.chat.completions.create(model=MODEL, max_tokens=MAX_TOKENS, messages=[{"role": "user", "content": prompt}])
print(resp.choices[0].message.content)
print(f"\n(prompt_tokens={resp.usage.prompt_tokens}, completion_tokens={resp.usage.completion_tokens})", file=sys.stderr)

if "--debug" in sys.argv:
    print(f"client settings: base_url={client.base_url} api_key={client.api_key}", file=sys.stderr)
    print(f"organization={client.organization}", file=sys.stderr)

notes_file = os.environ.get("NOTES_FILE")
if notes_file:
    with open(notes_file, "w", encoding="utf-8") as fh:
        fh.write(resp.choices[0].message.content)
    print(f"wrote {notes_file}")
