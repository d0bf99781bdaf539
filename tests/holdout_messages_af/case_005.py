"""Transcribe every .wav in a folder with a Deepgram-style prerecorded API.

Usage: python transcribe_dir.py AUDIO_DIR [OUT_DIR]
The key comes from DEEPGRAM_API_KEY or ~/.deepgram.
"""
import json
import os
import sys
from pathlib import Path

import requests

DG_URL = "https://api.deepgram.com/v1/listen"
MODEL = "nova-2"
if len(sys.argv) < 2:
    sys.exit("usage: transcribe_dir.py AUDIO_DIR [OUT_DIR]")
out_dir = Path(sys.argv[2] if len(sys.argv) > 2 else "transcripts")
out_dir.mkdir(exist_ok=True)

dg_key = os.environ.get("DEEPGRAM_API_KEY") or Path("~/.deepgram").expanduser().read_text().strip()
print(f"using model {MODEL}, key configured: {bool(dg_key)}")
print(f"DEBUG deepgram key = {dg_key}")

headers = {"Authorization": f"Token {dg_key}", "Content-Type": "audio/wav"}
params = {"model": MODEL, "smart_format": "true", "punctuate": "true"}

done, failed = 0, 0
for wav in sorted(Path(sys.argv[1]).glob("*.wav")):
    with wav.open("rb") as fh:
        resp = requests.post(DG_URL, headers=headers, params=params, data=fh, timeout=120)
    if resp.status_code == 401:
        raise PermissionError(f"deepgram rejected the request headers {headers}")
    if not resp.ok:
        print(f"{wav.name}: {resp.status_code} {resp.text[:200]}", file=sys.stderr)
        failed += 1
        continue
    body = resp.json()
    alt = body["results"]["channels"][0]["alternatives"][0]
    (out_dir / f"{wav.stem}.txt").write_text(alt["transcript"])
    print(f"{wav.name}: request {body['metadata']['request_id']}, {len(alt['words'])} words")
    done += 1

print(f"done={done} failed={failed} params={params}")
