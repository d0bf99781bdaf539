"""Chat REPL for a local team gateway; `--verbose` dumps the resolved client options at start-up."""
import argparse
import json
import logging
import os
from pathlib import Path

from openai import OpenAI

logger = logging.getLogger("teamchat")
HISTORY_FILE = Path.home() / ".teamchat_history"


def client_options(args) -> dict:
    return {
        "base_url": args.base_url,
        "api_key": args.api_key or os.environ.get("TEAMCHAT_API_KEY"),
        "timeout": args.timeout,
        "max_retries": 2,
    }


def redacted(opts: dict) -> dict:
    return {k: ("***" if k == "api_key" else v) for k, v in opts.items()}


def repl(client: OpenAI, model: str) -> None:
    history = []
    while True:
        try:
            line = input(">>> ")
        except EOFError:
            break
        history.append({"role": "user", "content": line})
        resp = client.chat.completions.create(model=model, messages=history)
        answer = resp.choices[0].message.content
        history.append({"role": "assistant", "content": answer})
        print(answer)
        logger.debug("completion_tokens=%s", resp.usage.completion_tokens)
    HISTORY_FILE.write_text(json.dumps(history))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-url", default="http://localhost:4000/v1")
    ap.add_argument("--api-key")
    ap.add_argument("--model", default="team-default")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    opts = client_options(args)
    logger.info("client options: %s", redacted(opts))
    if args.verbose:
        logger.debug("raw client options: %s", json.dumps(opts))
    logger.info("gateway %s model %s", opts["base_url"], args.model)
    repl(OpenAI(**opts), args.model)


if __name__ == "__main__":
    main()
