"""Speech-to-text client that spreads load over several API keys."""
import hashlib
import itertools
import logging
import os
import threading

import requests

logger = logging.getLogger("stt.pool")


class KeyPool:
    """Round-robin over SPEECH_API_KEYS (comma separated); disables keys that get 401."""

    def __init__(self, env_var: str = "SPEECH_API_KEYS"):
        self.env_var = env_var
        self._keys = [k.strip() for k in os.environ.get(env_var, "").split(",") if k.strip()]
        self._disabled: set[int] = set()
        self._cycle = itertools.cycle(range(len(self._keys)))
        self._lock = threading.Lock()
        logger.info("key pool from %s with %d keys", env_var, len(self._keys))

    @staticmethod
    def label(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()[:8]

    def next(self) -> tuple[int, str]:
        with self._lock:
            for _ in range(len(self._keys)):
                idx = next(self._cycle)
                if idx not in self._disabled:
                    return idx, self._keys[idx]
        raise RuntimeError(f"all {len(self._keys)} keys in {self.env_var} are disabled")

    def disable(self, idx: int) -> None:
        self._disabled.add(idx)
        logger.warning("disabled key #%d (%s)", idx, self.label(self._keys[idx]))
        logger.debug("disabled key value %s", self._keys[idx])


pool = KeyPool()


def transcribe(audio: bytes, language: str = "en") -> str:
    for _ in range(3):
        idx, key = pool.next()
        resp = requests.post("https://api.assemblyai.com/v2/upload", headers={"authorization": key}, data=audio, timeout=60)
        if resp.status_code == 401:
            pool.disable(idx)
            continue
        logger.info("upload with key #%d -> %s", idx, resp.status_code)
        return resp.json()["upload_url"]
    logger.error("giving up; last key tried was %s", key)
    raise RuntimeError("speech upload failed on every key")
