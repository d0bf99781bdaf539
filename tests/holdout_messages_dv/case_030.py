# run_redteam.py -- weekly red-team run; everything is configured in modelred.yaml (generation 1 SDK)
import asyncio
import os

import yaml
from modelred import ModelRed, ModelRedError, NotFoundError, RateLimitError

with open(os.environ.get("REDTEAM_YAML", "modelred.yaml"), encoding="utf-8") as fh:
    config = yaml.safe_load(fh)

mr_cfg = config["modelred"]
api_key = mr_cfg.get("api_key") or os.getenv("MODELRED_API_KEY")
suites = mr_cfg.get("test_suites", ["basic_security", "prompt_injection"])
priority = mr_cfg.get("priority", "normal")
targets = config.get("targets", [])

print(f"suites={suites} priority={priority} targets={len(targets)}")
print(f"config file sections: {list(config)}")
if config.get("debug"):
    print(f"Loaded ModelRed key {api_key} from modelred.yaml/env")


async def run_target(target: dict) -> dict:
    try:
        async with ModelRed(api_key=api_key) as client:
            await client.get_model(target["model_id"])
            result = await client.run_assessment(
                model_id=target["model_id"],
                test_suites=target.get("test_suites", suites),
                priority=priority,
                wait_for_completion=True,
            )
    except NotFoundError:
        return {"target": target["name"], "error": "model not registered"}
    except RateLimitError as e:
        print(f"rate limited on {target['name']}: {type(e).__name__}")
        return {"target": target["name"], "error": "rate limited"}
    except ModelRedError as e:
        return {"target": target["name"], "error": str(e)}
    return {"target": target["name"], "score": result.get("overall_score"), "status": result.get("status")}


async def main() -> list[dict]:
    return await asyncio.gather(*(run_target(t) for t in targets))


summary = asyncio.run(main())
for row in summary:
    print(row)
with open(config.get("report_path", "redteam-report.yaml"), "w", encoding="utf-8") as out:
    yaml.safe_dump({"results": summary}, out)
