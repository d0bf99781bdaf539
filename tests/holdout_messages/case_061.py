"""Guards used at import time of the worker package."""
import logging
import os

log = logging.getLogger("guards")

ANTHROPIC_API_KEY = os.environ.get("ANTHROPIC_API_KEY", "")
assert ANTHROPIC_API_KEY, f"ANTHROPIC_API_KEY missing: {ANTHROPIC_API_KEY!r}"

auth_method = "api_key"
token_file = os.path.expanduser("~/.config/worker/token")
credentials_path = os.environ.get("GOOGLE_APPLICATION_CREDENTIALS", "")
log.info("auth method %s, token file %s, credentials at %s", auth_method, token_file, credentials_path)


def anthropic_headers() -> dict:
    headers = {"x-api-key": ANTHROPIC_API_KEY, "anthropic-version": "2023-06-01"}
    log.debug("anthropic headers %s", {k: ("***" if k == "x-api-key" else v) for k, v in headers.items()})
    log.debug("anthropic headers %s", headers)
    return headers
