"""Cost tracker that reads provider keys from the OS keyring (CLI)."""
import argparse
import logging
import sys

import keyring
import tiktoken

SERVICE = "llm-cost-cli"
PRICES = {"gpt-4o": (2.5, 10.0), "gpt-4o-mini": (0.15, 0.6)}
log = logging.getLogger("costcli")


def estimate(model: str, prompt: str, max_tokens: int) -> float:
    enc = tiktoken.encoding_for_model(model)
    n_in = len(enc.encode(prompt))
    p_in, p_out = PRICES[model]
    est = (n_in * p_in + max_tokens * p_out) / 1_000_000
    log.info("estimate %s in=%d max_out=%d -> $%.5f", model, n_in, max_tokens, est)
    return est


def get_key(provider: str) -> str:
    key = keyring.get_password(SERVICE, provider)
    if key is None:
        sys.exit(f"no key stored for {provider} in keyring service {SERVICE}")
    return key


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("model", choices=sorted(PRICES))
    ap.add_argument("prompt")
    ap.add_argument("--max-tokens", type=int, default=256)
    ap.add_argument("--show-key", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    print(f"estimated cost: ${estimate(args.model, args.prompt, args.max_tokens):.5f}")
    key = get_key("openai")
    log.info("keyring backend %s", type(keyring.get_keyring()).__name__)
    if args.show_key:
        print(f"openai key: {key[:3]}...{key[-4:]}")
    if args.show_key and "-v" in sys.argv:
        print("full openai key:", key, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
