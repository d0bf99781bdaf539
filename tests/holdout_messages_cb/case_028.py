"""Batch deposition transcript summarisation against a self-hosted vLLM gateway."""
import argparse
import logging
import sys
from pathlib import Path

import requests

log = logging.getLogger("depo.batch")


def parse_args(argv):
    p = argparse.ArgumentParser()
    p.add_argument("transcripts", type=Path)
    p.add_argument("--gateway", default="https://llm-gw.firm.example/v1")
    p.add_argument("--gateway-token", required=True, help="bearer token for the gateway")
    p.add_argument("--max-tokens", type=int, default=800)
    p.add_argument("--debug", action="store_true")
    return p.parse_args(argv)


def summarise(args, text: str) -> str:
    r = requests.post(f"{args.gateway}/chat/completions",
                      headers={"Authorization": f"Bearer {args.gateway_token}"},
                      json={"model": "llama-3.1-70b-instruct", "max_tokens": args.max_tokens,
                            "messages": [{"role": "user", "content": "Summarise this deposition:\n" + text}]},
                      timeout=300)
    if r.status_code == 401:
        raise SystemError(f"gateway rejected token {args.gateway_token}")
    if not r.ok:
        raise SystemError(f"gateway error {r.status_code}: {r.text[:300]}")
    data = r.json()
    log.info("used %s tokens", data["usage"]["total_tokens"])
    return data["choices"][0]["message"]["content"]


def main(argv=None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.INFO)
    if args.debug:
        log.debug("gateway %s with token %s", args.gateway, args.gateway_token)
        log.debug("max tokens %d gateway %s", args.max_tokens, args.gateway)
    out_dir = args.transcripts / "summaries"
    out_dir.mkdir(exist_ok=True)
    for t in sorted(args.transcripts.glob("*.txt")):
        summary = summarise(args, t.read_text(errors="ignore"))
        (out_dir / t.name).write_text(summary)
        log.info("summarised %s", t.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
