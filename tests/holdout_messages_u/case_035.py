"""Ray driver: red-team many LoRA adapters in parallel through ModelRed (0.1.40); each task
returns a result dict that the driver writes to the team's results dashboard (a JSON file
served by the internal status page)."""
import json
import os

import ray
from modelred import *  # noqa: F403

RESULTS = "/srv/status/redteam.json"


@ray.remote(max_retries=1)
def run_one(adapter: str, mr_key: str) -> dict:
    try:
        with ModelRed(mr_key, timeout=60) as client:  # noqa: F405
            a = client.create_assessment(model_id=adapter, probe_pack_ids=["jailbreak-core"])
        return {"adapter": adapter, "ok": True, "assessment": a["id"]}
    except RateLimited as e:  # noqa: F405
        return {"adapter": adapter, "ok": False, "error": "rate limited", "retry_after": getattr(e, "retry_after", None)}
    except ModelRedError as e:  # noqa: F405
        print(f"[{adapter}] ModelRed error: {e!r}")
        return {"adapter": adapter, "ok": False, "error": repr(e)}


def main(adapters: list[str]) -> None:
    mr_key = os.environ["MODELRED_API_KEY"]
    ray.init(runtime_env={"env_vars": {"TOKENIZERS_PARALLELISM": "false"}})
    print(f"submitting {len(adapters)} adapters")
    results = ray.get([run_one.remote(a, mr_key) for a in adapters])
    failed = [r["adapter"] for r in results if not r["ok"]]
    with open(RESULTS, "w") as fh:
        json.dump({"results": results, "failed": failed}, fh)
    print(f"{len(failed)} failed: {failed}")
    if len(failed) == len(adapters):
        raise RuntimeError(f"every adapter failed; check ModelRed key {mr_key}")


if __name__ == "__main__":
    with open("adapters.txt") as fh:
        main([line.strip() for line in fh if line.strip()])
