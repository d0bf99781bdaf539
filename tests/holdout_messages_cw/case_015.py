"""tinyflow: the team's own minimal task runner (Airflow-like) used on the edge boxes."""
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Callable

log = logging.getLogger("tinyflow")

SECRET_NAMES = ("OPENAI_API_KEY", "MODELRED_API_KEY", "HF_TOKEN")


@dataclass
class Context:
    run_id: str
    params: dict = field(default_factory=dict)
    secrets: dict = field(default_factory=dict)


class Task:
    def __init__(self, name: str, fn: Callable[[Context], object], retries: int = 0) -> None:
        self.name, self.fn, self.retries = name, fn, retries

    def run(self, ctx: Context):
        for attempt in range(self.retries + 1):
            try:
                log.info("[%s] %s attempt %d params=%s", ctx.run_id, self.name, attempt + 1, ctx.params)
                return self.fn(ctx)
            except Exception as exc:
                log.warning("[%s] %s failed: %s", ctx.run_id, self.name, exc)
                time.sleep(2 ** attempt)
        raise RuntimeError(f"task {self.name} exhausted {self.retries} retries")


class Sensor(Task):
    def __init__(self, name: str, check: Callable[[Context], bool], poke_interval: float = 30) -> None:
        super().__init__(name, check)
        self.poke_interval = poke_interval

    def run(self, ctx: Context):
        while not self.fn(ctx):
            time.sleep(self.poke_interval)
        return True


def load_context(run_id: str, **params) -> Context:
    secrets = {name: os.environ[name] for name in SECRET_NAMES if name in os.environ}
    ctx = Context(run_id=run_id, params=params, secrets=secrets)
    log.debug("context for %s: secrets=%s", run_id, ctx.secrets)
    log.info("secrets available: %s", sorted(secrets))
    log.info("[%s] %d secrets loaded", run_id, len(secrets))
    missing = [n for n in SECRET_NAMES if n not in secrets]
    if missing:
        log.warning("missing secrets: %s", ", ".join(missing))
    return ctx


def run_pipeline(tasks: list[Task], ctx: Context) -> None:
    for t in tasks:
        t.run(ctx)
