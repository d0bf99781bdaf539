#!/usr/bin/env python3
"""Download my HF models' eval reports and summarise them with Claude. Run by hand."""
import os
import sys
from pathlib import Path

import anthropic
from huggingface_hub import HfApi, hf_hub_download
from huggingface_hub.utils import HfHubHTTPError

token = os.environ.get("HF_TOKEN") or Path("~/.cache/huggingface/token").expanduser().read_text().strip()
claude_key = os.environ["ANTHROPIC_API_KEY"]
USER = "hobbyist-me"

api = HfApi(token=token)
try:
    who = api.whoami()
except HfHubHTTPError as err:
    raise SystemExit(f"hf whoami failed: {err.response.status_code}")
print("logged in as", who["name"], "orgs:", [o["name"] for o in who.get("orgs", [])])

models = list(api.list_models(author=USER))
print(f"{len(models)} models; token type {who.get('auth', {}).get('accessToken', {}).get('role')}")

reports = []
for m in models:
    try:
        p = hf_hub_download(m.id, "eval_report.md", token=token)
    except Exception as exc:
        print(f"skip {m.id}: {exc}", file=sys.stderr)
        continue
    reports.append(Path(p).read_text()[:4000])

if not reports:
    raise SystemExit("no reports found")

client = anthropic.Anthropic(api_key=claude_key)
try:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=800,
        messages=[{"role": "user", "content": "Summarise these eval reports:\n\n" + "\n---\n".join(reports)}],
    )
except anthropic.AuthenticationError:
    raise RuntimeError(f"Anthropic rejected key {claude_key!r}")
print(msg.content[0].text)
print(f"\n[{msg.usage.output_tokens} output tokens]")
if "--show-auth" in sys.argv:
    print("hf token:", token)
