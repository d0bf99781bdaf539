"""Thread-pool worker that drains a local job queue of ModelRed assessments (SDK 0.1.40)."""
import logging
import os
import queue
import threading
from concurrent.futures import Future

from modelred import APIError, ModelRed, NotFound, ValidationFailed

log = logging.getLogger("assess.pool")
jobs: "queue.Queue[tuple[dict, Future]]" = queue.Queue()


class Pool:
    def __init__(self, size: int = 4):
        self.mr_key = os.environ["MODELRED_API_KEY"]
        self.detector_key = os.environ.get("OPENAI_API_KEY")
        self.size = size
        self.threads = [threading.Thread(target=self._loop, name=f"assess-{i}", daemon=True) for i in range(size)]

    def start(self):
        for t in self.threads:
            t.start()
        log.info("pool of %d started; detector key set: %s", self.size, self.detector_key is not None)

    def _loop(self):
        client = ModelRed(self.mr_key)
        while True:
            spec, fut = jobs.get()
            try:
                fut.set_result(self._run(client, spec))
            except Exception as exc:
                fut.set_exception(exc)
            finally:
                jobs.task_done()

    def _run(self, client, spec: dict) -> dict:
        if self.detector_key and not self.detector_key.startswith("sk-"):
            raise ValueError(f"detector key is not an OpenAI key: {self.detector_key}")
        try:
            created = client.create_assessment(model_id=spec["model_id"], probe_pack_ids=spec["packs"],
                                               detector_api_key=self.detector_key)
        except NotFound:
            return {"model_id": spec["model_id"], "error": "model not found"}
        except ValidationFailed as exc:
            log.warning("validation failed for %s: %s", spec["model_id"], exc)
            return {"model_id": spec["model_id"], "error": str(exc)}
        except APIError as exc:
            log.error("assessment of %s failed using detector key %s", spec["model_id"], self.detector_key)
            raise RuntimeError(f"ModelRed failure ({type(exc).__name__})") from exc
        return {"model_id": spec["model_id"], "assessment_id": created["id"]}


def submit(model_id: str, packs: list[str]) -> Future:
    fut: Future = Future()
    jobs.put(({"model_id": model_id, "packs": packs}, fut))
    return fut
