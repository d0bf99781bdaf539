"""Pre-flight for the `make eval` target: validate every provider key before a long run."""
import logging
import os
import sys

import httpx

log = logging.getLogger("preflight")

openai_api_key = os.getenv("OPENAI_API_KEY")
x_anthropic_key = os.getenv("ANTHROPIC_API_KEY")
OPENROUTER_FALLBACK = "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"


class PreflightError(Exception):
    pass


def check_openai(client: httpx.Client) -> None:
    r = client.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {openai_api_key}"})
    if r.status_code == 401:
        raise PreflightError("OpenAI rejected the key " + openai_api_key.strip())
    log.info("openai ok: %d models", len(r.json()["data"]))


def check_anthropic(client: httpx.Client) -> None:
    headers = {"x-api-key": x_anthropic_key, "anthropic-version": "2023-06-01"}
    r = client.get("https://api.anthropic.com/v1/models", headers=headers)
    if r.status_code != 200:
        raise PreflightError(
            "Anthropic preflight failed with status %s (request id %s)"
            % (r.status_code, r.headers.get("request-id"))
        )


def main() -> int:
    if openai_api_key is None:
        log.error("OPENAI_API_KEY not set; set it or use OPENROUTER_FALLBACK")
        return 2
    with httpx.Client(timeout=10) as client:
        try:
            check_openai(client)
            check_anthropic(client)
        except PreflightError as e:
            log.error("preflight failed (%s)", type(e).__name__)
            return 1
        except httpx.TransportError as e:
            raise PreflightError(f"network problem ({e}); fallback key is {OPENROUTER_FALLBACK}") from e
    warn_key = x_anthropic_key or ""
    if warn_key.lower() != warn_key:
        logging.warning("ANTHROPIC_API_KEY has upper-case letters: " + warn_key)
    return 0


if __name__ == "__main__":
    sys.exit(main())
