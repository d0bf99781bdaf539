"""Dask-on-HPC pipeline that summarises PubMed Central full texts with an OpenRouter model."""
import logging
import os

import httpx
from dask.distributed import Client, as_completed
from dask_jobqueue import SLURMCluster

logger = logging.getLogger("pmc.summarise")

OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
MODEL = "meta-llama/llama-3.1-70b-instruct"


class Summariser:
    def __init__(self, api_key: str, max_tokens: int = 400):
        self.api_key = api_key
        self.max_tokens = max_tokens
        self.headers = {"Authorization": f"Bearer {api_key}", "X-Title": "pmc-lab"}

    def __call__(self, pmcid: str, text: str) -> dict:
        body = {"model": MODEL, "max_tokens": self.max_tokens,
                "messages": [{"role": "user", "content": text[:12000]}]}
        resp = httpx.post(OPENROUTER_URL, json=body, headers=self.headers, timeout=120)
        if resp.status_code != 200:
            logger.warning("%s: openrouter %s %s", pmcid, resp.status_code, resp.text[:300])
            return {"pmcid": pmcid, "summary": None}
        return {"pmcid": pmcid, "summary": resp.json()["choices"][0]["message"]["content"]}

    def describe(self) -> None:
        logger.info("summariser model=%s max_tokens=%d", MODEL, self.max_tokens)
        logger.debug("summariser headers %s", self.headers)


def run(pmc_dir: str) -> list[dict]:
    key = os.environ.get("OPENROUTER_API_KEY")
    if not key:
        raise RuntimeError(f"OPENROUTER_API_KEY missing (value {key!r})")
    cluster = SLURMCluster(cores=8, memory="32GB", walltime="02:00:00", queue="short")
    cluster.scale(jobs=4)
    dask = Client(cluster)
    logger.info("dashboard at %s", dask.dashboard_link)
    summ = Summariser(key)
    summ.describe()
    futures = []
    for name in sorted(os.listdir(pmc_dir)):
        with open(os.path.join(pmc_dir, name), encoding="utf-8") as fh:
            futures.append(dask.submit(summ, name.removesuffix(".txt"), fh.read()))
    results = [f.result() for f in as_completed(futures)]
    logger.info("finished %d papers with key %s...", len(results), key[:4])
    return results


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    run(os.environ.get("PMC_DIR", "./pmc"))
