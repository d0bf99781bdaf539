"""Async Ray actors that red-team training checkpoints with the (generation-1) ModelRed SDK."""
import logging
import os

import ray
from modelred import ModelRed, ModelRedError, RateLimitError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("ray_eval")

CHECKPOINTS = [f"ckpt-{s}" for s in (1000, 2000, 4000, 8000)]
TEST_SUITES = ["basic_security", "content_safety"]


@ray.remote(num_cpus=1, max_restarts=2)
class Evaluator:
    def __init__(self, api_key: str, provider_key: str):
        self._api_key = api_key
        self._provider_key = provider_key
        log.info("evaluator on node %s", ray.get_runtime_context().get_node_id())

    async def run(self, ckpt: str) -> dict:
        try:
            async with ModelRed(api_key=self._api_key) as client:
                await client.register_model(model_id=ckpt, provider="custom", provider_config={"endpoint": f"http://serve.lab:8000/{ckpt}", "api_key": self._provider_key})
                a = await client.run_assessment(model_id=ckpt, test_suites=TEST_SUITES, priority="low")
        except RateLimitError as e:
            return {"ckpt": ckpt, "error": "rate_limited", "retry_after": getattr(e, "retry_after", None)}
        except ModelRedError as e:
            return {"ckpt": ckpt, "error": e.args[0] if e.args else repr(e)}
        return {"ckpt": ckpt, "assessment": a["assessment_id"]}

    def debug_state(self) -> dict:
        state = {"has_key": bool(self._api_key), "provider_key_len": len(self._provider_key)}
        log.info("actor state %s", state)
        return state

    def dump(self):
        log.debug("actor keys api=%s provider=%s", self._api_key, self._provider_key)


if __name__ == "__main__":
    ray.init(address=os.environ.get("RAY_ADDRESS", "auto"))
    mr_key = os.environ["MODELRED_API_KEY"]
    serve_key = os.environ["LAB_SERVE_TOKEN"]
    actors = [Evaluator.remote(mr_key, serve_key) for _ in range(2)]
    futures = [actors[i % 2].run.remote(c) for i, c in enumerate(CHECKPOINTS)]
    for res in ray.get(futures):
        log.info("result %s", res)
    runtime_env = {"env_vars": {"MODELRED_API_KEY": mr_key, "OMP_NUM_THREADS": "4"}}
    log.info("runtime env for the next job: %s", runtime_env)
