"""Subtitle translator for the video desk: SRT in, SRT out, via OpenRouter."""
import logging
import os
import re
import sys

import httpx

logger = logging.getLogger("subs")

OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
OPENROUTER_KEY_VAR = "OPENROUTER_API_KEY"
BLOCK_RE = re.compile(r"(\d+)\n(\d\d:\d\d:\d\d,\d\d\d --> \d\d:\d\d:\d\d,\d\d\d)\n(.*?)(?:\n\n|\Z)", re.S)


def translate_block(client, text, lang, api_key):
    r = client.post(OPENROUTER_URL, headers={"Authorization": f"Bearer {api_key}", "X-Title": "video-subs"},
                    json={"model": "meta-llama/llama-3.1-70b-instruct",
                          "messages": [{"role": "user", "content": f"Translate to {lang}, keep line breaks:\n{text}"}]})
    if r.status_code == 401:
        logger.error("openrouter refused key %s", api_key)
        raise RuntimeError(f"openrouter 401: {r.json().get('error', {}).get('message')}")
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def translate_srt(path, lang):
    api_key = os.environ.get(OPENROUTER_KEY_VAR)
    if api_key is None:
        raise KeyError(f"{OPENROUTER_KEY_VAR} is not set")
    src = open(path, encoding="utf-8").read()
    blocks = BLOCK_RE.findall(src)
    logger.info("%s: %d blocks -> %s", path, len(blocks), lang)
    out = []
    with httpx.Client(timeout=60) as client:
        for idx, stamp, text in blocks:
            out.append(f"{idx}\n{stamp}\n{translate_block(client, text, lang, api_key)}\n")
    dst = path.replace(".srt", f".{lang.lower()}.srt")
    with open(dst, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    return dst


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if len(sys.argv) != 3:
        print("usage: subs.py FILE.srt LANG", file=sys.stderr)
        sys.exit(2)
    print(translate_srt(sys.argv[1], sys.argv[2]))
