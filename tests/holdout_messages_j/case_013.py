"""Key diagnostics printed by `llm-doctor`, a support tool run by users."""
import logging
import os
import time

import tiktoken

log = logging.getLogger("llm_doctor")

PROVIDER_VARS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY", "XAI_API_KEY")


def report_env() -> dict[str, bool]:
    present = {name: bool(os.environ.get(name)) for name in PROVIDER_VARS}
    missing = [name for name, ok in present.items() if not ok]
    log.info("provider variables present: %s", present)
    if missing:
        log.warning("missing: %s", ", ".join(missing))
    return present


def describe_key(name: str) -> str:
    value = os.environ.get(name, "")
    return f"{name:<20} len={len(value):>3} prefix={value[:4]!r:<8} suffix={value[-4:]!r}"


def report_keys() -> None:
    for name in PROVIDER_VARS:
        log.info(describe_key(name))
    xai_key = os.environ.get("XAI_API_KEY", "")
    log.debug(f"xai key repr: {xai_key!r:>60}")


def report_tokenizer(sample: str) -> None:
    enc = tiktoken.encoding_for_model("gpt-4o")
    start = time.perf_counter()
    tokens = enc.encode(sample)
    elapsed = time.perf_counter() - start
    log.info(f"{len(tokens):,} tokens in {elapsed * 1000:.1f} ms, eot_token={enc.eot_token}")
    log.info(f"first tokens: {tokens[:8]!r}")


def report_google() -> None:
    google_api_key = os.environ.get("GOOGLE_API_KEY")
    if google_api_key and not google_api_key.startswith("AIza"):
        log.warning(f"GOOGLE_API_KEY has an unexpected prefix: {google_api_key=}")
    log.info(f"google key configured: {google_api_key is not None}")
