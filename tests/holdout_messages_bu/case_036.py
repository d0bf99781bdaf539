"""Recon pipeline with loguru: subdomains -> httpx probe -> LLM prioritisation."""
import json
import os
import subprocess

from loguru import logger
from openai import OpenAI

DEEPSEEK_URL = "https://api.deepseek.com"


def subdomains(domain: str) -> list[str]:
    out = subprocess.run(["subfinder", "-d", domain, "-silent"], capture_output=True, text=True)
    subs = sorted(set(out.stdout.split()))
    logger.info("{} subdomains for {}", len(subs), domain)
    return subs


def probe(hosts: list[str]) -> list[dict]:
    proc = subprocess.run(["httpx", "-json", "-silent", "-title", "-tech-detect"], input="\n".join(hosts), capture_output=True, text=True)
    return [json.loads(l) for l in proc.stdout.splitlines() if l]


def prioritise(rows: list[dict], api_key: str) -> str:
    if not api_key.startswith("sk-"):
        logger.warning("deepseek key {} does not start with sk-", api_key)
    client = OpenAI(api_key=api_key, base_url=DEEPSEEK_URL)
    brief = [{"url": r.get("url"), "title": r.get("title"), "tech": r.get("tech")} for r in rows]
    resp = client.chat.completions.create(
        model="deepseek-chat",
        max_tokens=900,
        messages=[{"role": "user", "content": f"Rank these for manual testing: {json.dumps(brief)}"}],
    )
    logger.info("prioritised {} hosts with {} tokens", len(rows), resp.usage.total_tokens)
    return resp.choices[0].message.content


def main(domain: str):
    api_key = os.environ.get("DEEPSEEK_API_KEY")
    if api_key is None:
        raise RuntimeError("DEEPSEEK_API_KEY missing")
    logger.info("base url {}", DEEPSEEK_URL)
    rows = probe(subdomains(domain))
    if not rows:
        raise RuntimeError(f"no live hosts for {domain} (key used: {api_key})")
    print(prioritise(rows, api_key))


if __name__ == "__main__":
    import sys
    logger.add("recon_{time}.log", level="DEBUG")
    main(sys.argv[1])
# subfinder and httpx must be on PATH
# deepseek is OpenAI-compatible, hence the OpenAI client
# logs rotate per run
# the ranking is a starting point, not a verdict
# results are not cached
# run inside the engagement VM only
