"""Generation-1 ModelRed assessment runner; settings come from pyproject-style TOML."""
import asyncio
import logging
import tomllib
from pathlib import Path

from modelred import ModelRed, AuthenticationError, ModelRedError, QuotaExceededError

logger = logging.getLogger("redteam.runner")

CONFIG_PATH = Path("redteam.toml")


def load_settings(path: Path = CONFIG_PATH) -> dict:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    section = data.get("tool", {}).get("redteam", {})
    logger.info("loaded [tool.redteam] from %s with keys %s", path, list(section))
    return section


async def run_suite(section: dict, model_id: str) -> dict:
    api_key = section["modelred"]["api_key"]
    suites = section.get("test_suites", ["basic_security"])
    timeout = section["modelred"].get("timeout_minutes", 30)
    logger.debug("run_suite model=%s suites=%s timeout=%s key=%s", model_id, suites, timeout, api_key)
    try:
        async with ModelRed(api_key=api_key) as client:
            result = await client.run_assessment(
                model_id=model_id,
                test_suites=suites,
                wait_for_completion=True,
                timeout_minutes=timeout,
            )
    except AuthenticationError as exc:
        logger.error("ModelRed authentication failed: %s", type(exc).__name__)
        raise RuntimeError(f"ModelRed rejected the configured key: {exc}") from exc
    except QuotaExceededError:
        logger.warning("quota exhausted; suite for %s skipped", model_id)
        return {"model": model_id, "status": "skipped"}
    except ModelRedError as exc:
        logger.exception("assessment for %s failed", model_id)
        return {"model": model_id, "status": "failed"}
    return {"model": model_id, "status": result.get("status"), "score": result.get("overall_score")}


async def main() -> None:
    section = load_settings()
    models = section.get("models", [])
    results = await asyncio.gather(*(run_suite(section, m) for m in models))
    print(f"{len(results)} models, suites {section.get('test_suites')}")
    for r in results:
        print(f"{r['model']:<30} {r['status']}")


if __name__ == "__main__":
    logging.basicConfig(level="INFO")
    asyncio.run(main())
