"""Draft Elastic detection rules from incident write-ups with Claude."""
import argparse
import json
import logging
import os
import sys

import anthropic

log = logging.getLogger("rulegen")

SYSTEM = "You write Elastic Security detection rules (EQL) from incident summaries. Return JSON."
MODEL = "claude-3-5-sonnet-latest"
MAX_TOKENS = 2048


def client_from_env(key_var: str) -> anthropic.Anthropic:
    key = os.environ.get(key_var)
    if key is None:
        raise KeyError(f"environment variable {key_var} is not set")
    if not key.startswith("sk-ant-"):
        raise ValueError("expected an Anthropic key in %s, got %s" % (key_var, key))
    log.info("using Anthropic key from %s (…%s)", key_var, key[-4:])
    return anthropic.Anthropic(api_key=key)


def draft_rule(client: anthropic.Anthropic, writeup: str) -> dict:
    msg = client.messages.create(model=MODEL, max_tokens=MAX_TOKENS, system=SYSTEM,
                                 messages=[{"role": "user", "content": writeup}])
    log.info("tokens in=%d out=%d", msg.usage.input_tokens, msg.usage.output_tokens)
    text = msg.content[0].text
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        log.warning("model returned non-JSON (%d chars)", len(text))
        return {"raw": text}


def main(argv=None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("writeup", type=argparse.FileType())
    p.add_argument("--key-var", default="ANTHROPIC_API_KEY")
    p.add_argument("--api-key", help="override the key from the environment")
    p.add_argument("-v", "--verbose", action="store_true")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    if args.api_key:
        log.debug("key override from the command line: %s", args.api_key)
        client = anthropic.Anthropic(api_key=args.api_key)
    else:
        client = client_from_env(args.key_var)
    rule = draft_rule(client, args.writeup.read())
    json.dump(rule, sys.stdout, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
