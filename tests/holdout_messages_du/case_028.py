"""Image-generation queue on Celery with Together AI; workers are started by this module."""
import json
import sys
import time

import requests
from celery import Celery
from celery.signals import task_postrun, task_prerun

app = Celery("imagegen", broker="redis://redis:6379/6", backend="redis://redis:6379/7")
CONFIG_PATH = "/etc/imagegen/providers.json"
_started = {}

with open(CONFIG_PATH, encoding="utf-8") as fh:
    providers = json.load(fh)
together_key = providers["together"]["api_key"]
together_url = providers["together"].get("base_url", "https://api.together.xyz/v1")


@task_prerun.connect
def _t0(task_id=None, **_):
    _started[task_id] = time.perf_counter()


@task_postrun.connect
def _t1(task_id=None, task=None, state=None, **_):
    took = time.perf_counter() - _started.pop(task_id, time.perf_counter())
    sys.stderr.write(f"{task.name} {task_id} {state} in {took:.2f}s\n")


@app.task(bind=True, rate_limit="30/m", max_retries=2)
def generate(self, prompt: str, width: int = 1024, height: int = 1024) -> str:
    resp = requests.post(f"{together_url}/images/generations",
                         headers={"Authorization": f"Bearer {together_key}"},
                         json={"model": "black-forest-labs/FLUX.1-schnell", "prompt": prompt,
                               "width": width, "height": height, "steps": 4}, timeout=120)
    if resp.status_code == 401:
        sys.stderr.write(f"together rejected {together_key} (config {CONFIG_PATH})\n")
        raise self.retry(countdown=300)
    if resp.status_code >= 500:
        sys.stderr.write(f"together {resp.status_code}: {resp.text[:300]}\n")
        raise self.retry(countdown=30)
    return resp.json()["data"][0]["url"]


if __name__ == "__main__":
    print(f"config {CONFIG_PATH}: providers {sorted(providers)}, together base {together_url}")
    if "--check" in sys.argv:
        print("together key:", together_key, file=sys.stderr)
        sys.exit(0)
    app.worker_main(["worker", "--loglevel=INFO", "-Q", "celery", "--concurrency=2"])
