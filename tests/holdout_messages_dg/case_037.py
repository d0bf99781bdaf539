"""Token-bucket rate limiter + usage tracker for a Gemini client, with a debug dump."""
import logging
import os
import threading
import time

import google.generativeai as genai

log = logging.getLogger("gemini.usage")


class UsageTracker:
    def __init__(self, google_api_key: str, rpm: int = 60):
        self.google_api_key = google_api_key
        self.rpm = rpm
        self.tokens_used = 0
        self._bucket = rpm
        self._lock = threading.Lock()
        self._last = time.monotonic()
        genai.configure(api_key=google_api_key)

    def _take(self) -> None:
        with self._lock:
            now = time.monotonic()
            self._bucket = min(self.rpm, self._bucket + (now - self._last) * self.rpm / 60)
            self._last = now
            if self._bucket < 1:
                raise RuntimeError(f"rate limit: {self.rpm} rpm reached")
            self._bucket -= 1

    def generate(self, prompt: str) -> str:
        self._take()
        model = genai.GenerativeModel("gemini-1.5-flash")
        r = model.generate_content(prompt)
        self.tokens_used += r.usage_metadata.total_token_count
        log.info("gemini tokens this call=%d total=%d", r.usage_metadata.total_token_count, self.tokens_used)
        return r.text

    def dump(self) -> dict:
        state = {"rpm": self.rpm, "tokens_used": self.tokens_used, "bucket": round(self._bucket, 2)}
        log.debug("tracker state %s (key %s)", state, self.google_api_key)
        return state


def tracker_from_env() -> UsageTracker:
    key = os.getenv("GOOGLE_API_KEY")
    if key and not key.startswith("AIza"):
        raise ValueError("GOOGLE_API_KEY is not a Google API key: %r" % (key,))
    log.info("GEMINI_RPM=%s", os.getenv("GEMINI_RPM", "60"))
    return UsageTracker(key or "", rpm=int(os.getenv("GEMINI_RPM", "60")))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    t = tracker_from_env()
    print(t.generate("Name three observability tools."))
    print(t.dump())
