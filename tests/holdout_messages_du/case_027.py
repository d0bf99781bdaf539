"""Dask pipeline that extracts invoice fields with Mistral; run from the finance cron box."""
import glob
import os
import warnings

import dask
from dask import delayed
from mistralai import Mistral

ENV_NAME = "MISTRAL_API_KEY"
TEST_KEY_PREFIX = "test-"


def mistral_key() -> str:
    key = os.environ.get(ENV_NAME, "")
    if key.startswith(TEST_KEY_PREFIX):
        warnings.warn(f"{ENV_NAME} is a test key ({key}); extraction quality will be poor")
    elif not key:
        warnings.warn(f"{ENV_NAME} is not set", RuntimeWarning)
    return key


@delayed
def load(path: str) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read()


@delayed
def extract(text: str, api_key: str) -> dict:
    client = Mistral(api_key=api_key)
    res = client.chat.complete(model="mistral-large-latest", max_tokens=400, response_format={"type": "json_object"},
                               messages=[{"role": "user", "content": "Extract vendor, total, due_date as JSON:\n" + text}])
    if res.usage.total_tokens > 3000:
        warnings.warn(f"large invoice: {res.usage.total_tokens} tokens")
    return {"raw": res.choices[0].message.content}


@delayed
def merge(rows: list) -> list:
    return [r for r in rows if r.get("raw")]


def main(paths: list[str]):
    key = mistral_key()
    if not key:
        raise SystemExit(2)
    rows = [extract(load(p), key) for p in paths]
    graph = merge(rows)
    print("graph keys:", list(graph.__dask_graph__().keys())[:5])
    (out,) = dask.compute(graph, scheduler="processes", num_workers=4)
    print(f"{len(out)} of {len(paths)} invoices extracted with key ...{key[-4:]}")
    return out


if __name__ == "__main__":
    main(sorted(glob.glob("/srv/invoices/inbox/*.txt")))
