"""Callback that uploads finished agent runs to the team's run-store (HTTP)."""
import json
import logging
import os
import threading
from queue import Empty, Queue

import requests
from langchain_core.callbacks import BaseCallbackHandler

logger = logging.getLogger("runstore")


class RunStoreHandler(BaseCallbackHandler):
    raise_error = False

    def __init__(self, project: str, api_url: str | None = None, api_key: str | None = None):
        self.project = project
        self.api_url = api_url or os.getenv("RUNSTORE_URL", "https://runs.internal")
        self.headers = {"X-API-Key": api_key or os.environ["RUNSTORE_API_KEY"], "X-Project": project}
        self._q: Queue = Queue()
        self._worker = threading.Thread(target=self._drain, daemon=True)
        self._worker.start()

    def on_chain_end(self, outputs, *, run_id, parent_run_id=None, **kwargs):
        if parent_run_id is None:
            self._q.put({"run_id": str(run_id), "project": self.project, "outputs": outputs})

    def on_tool_error(self, error, *, run_id, **kwargs):
        logger.warning("tool error in run %s: %s", run_id, error)

    def _drain(self):
        while True:
            try:
                item = self._q.get(timeout=2)
            except Empty:
                continue
            try:
                r = requests.post(f"{self.api_url}/runs", data=json.dumps(item, default=str), headers=self.headers, timeout=10)
            except requests.RequestException as exc:
                logger.warning("run-store unreachable (%s), dropping run %s", exc.__class__.__name__, item["run_id"])
                continue
            if r.status_code == 403:
                logger.warning("run-store 403 for project %s headers=%s", self.headers["X-Project"], self.headers)
            elif r.status_code >= 400:
                logger.warning("run-store %s: %s", r.status_code, r.text[:200])
            else:
                logger.debug("stored run %s (%d bytes)", item["run_id"], len(r.request.body or b""))


def make_handler(project: str) -> RunStoreHandler:
    key = os.getenv("RUNSTORE_API_KEY")
    if not key:
        raise RuntimeError(f"RUNSTORE_API_KEY is empty ({key!r}); runs would not be stored")
    if key.startswith("test_"):
        logger.warning("using a test run-store key for %s: %s", project, key)
    return RunStoreHandler(project, api_key=key)
