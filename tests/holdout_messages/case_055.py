"""Worker that talks to the scoring service; keeps its own logger on the instance."""
import logging
import os


class ScoringWorker:
    def __init__(self) -> None:
        self.log = logging.getLogger(f"scoring.{os.getpid()}")
        self.api_key = os.environ["SCORING_API_KEY"]
        self.endpoint = os.environ.get("SCORING_ENDPOINT", "http://scoring:8080")

    def start(self) -> None:
        self.log.info("worker %d -> %s", os.getpid(), self.endpoint)
        self.log.debug("auth with %r", {"api_key": self.api_key, "endpoint": self.endpoint})
        self.log.debug("key: " + self.api_key)

    def masked(self) -> str:
        return self.api_key.replace(self.api_key[4:-4], "*" * 8)

    def status(self) -> None:
        self.log.info("using key %s", self.masked())
