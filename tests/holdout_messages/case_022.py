"""Provider registry: keys for each vendor, plus cache keys that are not secrets."""
import hashlib
import logging
import os

log = logging.getLogger("registry")


class ProviderRegistry:
    def __init__(self):
        self.groq_key = os.environ.get("GROQ_API_KEY")
        self.x_groq_key = os.environ.get("X_GROQ_API_KEY")
        self._cache: dict[str, object] = {}

    def check(self) -> None:
        if self.groq_key and not self.groq_key.startswith("gsk_"):
            log.warning("GROQ key %s has an unexpected prefix", self.groq_key)
        log.debug("x-groq key %s", self.x_groq_key)

    def lookup(self, user: str, model: str, primary_key: int):
        cache_key = hashlib.sha1(f"{user}:{model}".encode()).hexdigest()
        sort_key = (model, user)
        log.debug("cache lookup %s sort=%s pk=%s", cache_key, sort_key, primary_key)
        return self._cache.get(cache_key)

    def rotate(self, vendor: str) -> None:
        new_key = os.environ[f"{vendor.upper()}_API_KEY_NEXT"]
        log.info("rotating %s key to %s", vendor, new_key)
        setattr(self, f"{vendor}_key", new_key)
