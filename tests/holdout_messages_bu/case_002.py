# quick VirusTotal triage script: hash list in, LLM verdict out
import json
import os
import sys

import requests
import anthropic

VT_URL = "https://www.virustotal.com/api/v3/files/"
vt_key = os.getenv("VT_API_KEY", "")
claude_key = os.getenv("ANTHROPIC_API_KEY")

if not vt_key:
    print(f"no VirusTotal key set (VT_API_KEY={vt_key!r}), exiting", file=sys.stderr)
    sys.exit(1)

print(f"[*] VT key loaded: {vt_key}")
print(f"[*] anthropic key present: {bool(claude_key)}")

headers = {"x-apikey": vt_key, "accept": "application/json"}
claude = anthropic.Anthropic(api_key=claude_key)

hashes = [h.strip() for h in open(sys.argv[1]) if h.strip()]
print(f"[*] {len(hashes)} hashes to check")

for sha in hashes:
    r = requests.get(VT_URL + sha, headers=headers, timeout=30)
    if r.status_code != 200:
        print(f"[-] {sha}: HTTP {r.status_code} {r.text[:200]}")
        continue
    stats = r.json()["data"]["attributes"]["last_analysis_stats"]
    msg = claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=300,
        messages=[{"role": "user", "content": f"Verdict for {sha}: {json.dumps(stats)}"}],
    )
    print(f"[+] {sha}: {msg.content[0].text}")
    print(f"    tokens in/out: {msg.usage.input_tokens}/{msg.usage.output_tokens}")

if "--debug" in sys.argv:
    print("request headers:", headers)
    print("header names:", sorted(headers))

print("[*] done")
# end of triage run
# results are printed only, nothing stored
# rerun with --debug to inspect the request
# keep VT free-tier rate limits in mind: 4 req/min
# claude verdicts are advisory
# analyst confirms every hit by hand
