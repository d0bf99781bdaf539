"""Feature-flag service client (LaunchDarkly-style) gating the LLM assistant rollout."""
import logging
import os

import httpx

log = logging.getLogger("flags")

FLAG_SDK_KEY_ENV = "FLAGS_SDK_KEY"
DEFAULT_MAX_TOKENS = 512


class FlagClient:
    def __init__(self, base_url, sdk_key=None):
        self.base_url = base_url.rstrip("/")
        self.sdk_key = sdk_key or os.environ.get(FLAG_SDK_KEY_ENV, "")
        self.env_name = os.environ.get("FLAGS_ENV", "production")
        self._http = httpx.Client(headers={"Authorization": self.sdk_key}, timeout=5.0)
        log.info("flag client for env %s using %s", self.env_name, FLAG_SDK_KEY_ENV)

    def evaluate(self, flag, user):
        r = self._http.post(f"{self.base_url}/eval/{flag}", json={"key": user})
        if r.status_code == 401:
            log.error("flag service rejected sdk key %s", self.sdk_key)
            return False
        if r.status_code >= 400:
            raise RuntimeError(f"flag eval {flag} failed: {r.status_code} {r.text}")
        return r.json().get("value", False)

    def __repr__(self):
        return f"FlagClient({self.base_url!r}, env={self.env_name!r})"


def assistant_settings(flags, user):
    enabled = flags.evaluate("llm-assistant", user)
    max_tokens = DEFAULT_MAX_TOKENS if enabled else 0
    log.debug("assistant for %s enabled=%s max_tokens=%s", user, enabled, max_tokens)
    return {"enabled": enabled, "max_tokens": max_tokens}


def rotate(flags, new_sdk_key):
    if not new_sdk_key.startswith("sdk-"):
        raise ValueError(f"not an SDK key: {new_sdk_key}")
    flags.sdk_key = new_sdk_key
    log.info("rotated flag client %r", flags)
