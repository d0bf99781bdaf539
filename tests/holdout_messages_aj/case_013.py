# music generation runner: suno-like API, polls clips and saves them for the DAW import
import argparse
import logging
import os
import time
from pathlib import Path

import requests

log = logging.getLogger("songsmith")


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("prompt")
    p.add_argument("--api-key", default=os.environ.get("SONGSMITH_API_KEY"))
    p.add_argument("--base", default="https://api.songsmith.example/v1")
    p.add_argument("--out", default="clips")
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args()


def generate(base: str, api_key: str, prompt: str) -> list[str]:
    r = requests.post(f"{base}/generate", headers={"Authorization": f"Bearer {api_key}"},
                      json={"prompt": prompt, "make_instrumental": False}, timeout=30)
    if r.status_code == 403:
        raise PermissionError(f"songsmith refused key {api_key!r}: {r.json().get('detail')}")
    r.raise_for_status()
    ids = [c["id"] for c in r.json()["clips"]]
    log.info("queued clips %s", ids)
    return ids


def wait_and_save(base: str, api_key: str, clip_id: str, out: Path) -> Path:
    for _ in range(60):
        r = requests.get(f"{base}/clips/{clip_id}", headers={"Authorization": f"Bearer {api_key}"}, timeout=30)
        clip = r.json()
        if clip["status"] == "complete":
            audio = requests.get(clip["audio_url"], timeout=120).content
            path = out / f"{clip_id}.mp3"
            path.write_bytes(audio)
            return path
        log.debug("clip %s: %s (http %s)", clip_id, clip["status"], r.status_code)
        time.sleep(5)
    raise TimeoutError(f"clip {clip_id} not ready")


def main():
    args = parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    log.debug("args: %s", vars(args))
    if not args.api_key:
        raise SystemExit("pass --api-key or set SONGSMITH_API_KEY")
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    for cid in generate(args.base, args.api_key, args.prompt):
        print(wait_and_save(args.base, args.api_key, cid, out))


if __name__ == "__main__":
    main()
