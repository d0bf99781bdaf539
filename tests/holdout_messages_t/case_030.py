"""Batch red-team runner on generation-2 ModelRed; the JSON report is served by the team status page."""
import json
import logging
import os
import sys
from dataclasses import asdict, dataclass, field

from modelred import AsyncModelRed, ModelRedError, NotFoundError, ProviderConfig

logger = logging.getLogger("batch")


@dataclass
class Target:
    model_id: str
    provider: str
    api_key: str = field(repr=False)
    max_tokens: int = 256


@dataclass
class Outcome:
    model_id: str
    status: str
    error: str = ""


async def run_target(target: Target) -> Outcome:
    client = AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])
    logger.info("target %s", target)
    try:
        await client.create_model(modelId=target.model_id, provider=target.provider, displayName=target.model_id,
                                  providerConfig=ProviderConfig.openrouter(api_key=target.api_key))
        job = await client.create_assessment(model=target.model_id, test_types=["prompt_injection"])
    except NotFoundError as e:
        logger.warning("missing %s: %s", target.model_id, e)
        return Outcome(target.model_id, "missing")
    except ModelRedError as e:
        return Outcome(target.model_id, "failed", error=str(e))
    return Outcome(target.model_id, job["status"])


def write_report(outcomes: list[Outcome], path: str) -> None:
    with open(path, "w") as fh:
        json.dump([asdict(o) for o in outcomes], fh, indent=2)
    logger.info("report with %d outcomes at %s", len(outcomes), path)


def load_targets(path: str) -> list[Target]:
    with open(path) as fh:
        raw = json.load(fh)
    targets = [Target(**item) for item in raw]
    for t in targets:
        if not t.api_key.startswith("sk-or-v1-"):
            logger.error("target %s has a non-OpenRouter key: %s", t.model_id, asdict(t))
    return targets


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(len(load_targets(sys.argv[1])), "targets")
