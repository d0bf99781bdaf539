"""Redaction helpers for the SOC's LLM tooling, plus the provider-key sanity check."""
import hashlib
import logging
import os
import re
import sys

log = logging.getLogger("soc.redact")

KEY_PATTERNS = [
    re.compile(r"sk-[A-Za-z0-9_-]{20,}"),
    re.compile(r"sk-ant-[A-Za-z0-9_-]{20,}"),
    re.compile(r"mr_[A-Za-z0-9]{20,}"),
    re.compile(r"xox[abp]-[A-Za-z0-9-]{10,}"),
]
PROVIDER_VARS = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "modelred": "MODELRED_API_KEY"}


def mask(value: str) -> str:
    if not value:
        return "<empty>"
    return f"{value[:3]}…{value[-4:]}"


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:10]


def redact_text(text: str) -> str:
    for pat in KEY_PATTERNS:
        text = pat.sub("[REDACTED]", text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact_text(str(record.msg))
        return True


def check_providers() -> dict:
    status = {}
    for provider, var in PROVIDER_VARS.items():
        key = os.environ.get(var, "")
        status[provider] = bool(key)
        log.info("%s: %s (fp %s)", provider, mask(key), fingerprint(key))
        if key and key.strip() != key:
            sys.stderr.write(f"warning: {var} has surrounding whitespace: {key!r}\n")
        if provider == "openai" and key and not key.startswith("sk-"):
            log.error("%s does not hold an OpenAI key: %s", var, key)
    log.info("provider variables: %s", sorted(PROVIDER_VARS.values()))
    return status


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    logging.getLogger().addFilter(RedactingFilter())
    print(check_providers())
    print("patterns in use:", [p.pattern for p in KEY_PATTERNS])
