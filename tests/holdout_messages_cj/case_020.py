# Fact-check helper for the politics desk: claims -> Perplexity search, run once from a terminal.
import json
import os
import sys

import keyring
import requests

SERVICE = "newsroom-factcheck"
USERNAME = "perplexity"

pplx_key = keyring.get_password(SERVICE, USERNAME)
if pplx_key is None:
    print(f"no key in keyring service {SERVICE!r} for {USERNAME!r}", file=sys.stderr)
    sys.exit(1)

claims = [line.strip() for line in open(sys.argv[1]) if line.strip()] if len(sys.argv) > 1 else []
print(f"{len(claims)} claims to check; key {pplx_key[:4]}...{pplx_key[-4:]}")

results = []
for claim in claims:
    resp = requests.post(
        "https://api.perplexity.ai/chat/completions",
        headers={"Authorization": f"Bearer {pplx_key}"},
        json={"model": "sonar", "max_tokens": 400,
              "messages": [{"role": "user", "content": f"Fact-check with sources: {claim}"}]},
        timeout=60,
    )
    if resp.status_code == 401:
        raise RuntimeError(f"Perplexity 401 for key {pplx_key}")
    data = resp.json()
    results.append({"claim": claim, "verdict": data["choices"][0]["message"]["content"],
                    "citations": data.get("citations", [])})
    print(f"checked: {claim[:60]} ({data['usage']['total_tokens']} tokens)")

out_path = os.environ.get("FACTCHECK_OUT", "factcheck.json")
with open(out_path, "w") as fh:
    json.dump(results, fh, indent=2)
print(f"wrote {len(results)} verdicts to {out_path}")

if os.environ.get("FACTCHECK_DEBUG"):
    print("debug: keyring backend", keyring.get_keyring().__class__.__name__)
    print("debug: using key", pplx_key, file=sys.stderr)
