"""Fan-out of ModelRed gen-2 assessments over every model in the registry with a Celery chord."""
import logging
import os

from celery import Celery, chord, group
from modelred import ModelRed, ModelRedError, NotFoundError, ProviderConfig, ServerError

app = Celery("fanout", broker=os.getenv("BROKER", "redis://localhost:6379/8"), backend="redis://localhost:6379/9")
log = logging.getLogger("fanout")


class Settings:
    def __init__(self):
        self.modelred_api_key = os.environ["MODELRED_API_KEY"]
        self.openai_api_key = os.environ["OPENAI_API_KEY"]
        self.test_types = os.getenv("TEST_TYPES", "prompt_injection,jailbreak").split(",")
        self.priority = os.getenv("PRIORITY", "normal")


settings = Settings()


@app.task(bind=True, max_retries=3)
def register_and_assess(self, model_id: str, display_name: str) -> dict:
    client = ModelRed(api_key=settings.modelred_api_key)
    try:
        client.create_model(modelId=model_id, provider="openai", displayName=display_name,
                            providerConfig=ProviderConfig.openai(api_key=settings.openai_api_key, model_name="gpt-4o-mini"))
        res = client.create_assessment(model=model_id, test_types=settings.test_types, priority=settings.priority)
    except ServerError as exc:
        raise self.retry(exc=exc, countdown=2 ** self.request.retries * 15)
    except NotFoundError as exc:
        return {"model": model_id, "ok": False, "error": "not found: {}".format(exc)}
    except ModelRedError as exc:
        log.error("model {} failed ({}), provider key {}".format(model_id, type(exc).__name__, settings.openai_api_key))
        return {"model": model_id, "ok": False, "error": type(exc).__name__}
    return {"model": model_id, "ok": True, "assessment": res["id"]}


@app.task
def summarise(results: list[dict]) -> dict:
    ok = [r["model"] for r in results if r["ok"]]
    failed = {r["model"]: r["error"] for r in results if not r["ok"]}
    log.info("fan-out done: {} ok, {} failed".format(len(ok), len(failed)))
    return {"ok": ok, "failed": failed}


def launch(models: dict[str, str]):
    log.info("launching for %d models, priority %s, tests %s", len(models), settings.priority, settings.test_types)
    log.debug("settings: %s", vars(settings))
    header = group(register_and_assess.s(mid, name) for mid, name in models.items())
    return chord(header)(summarise.s())


if __name__ == "__main__":
    res = launch({"support-bot": "Support bot", "search-rag": "Search RAG"})
    print("chord id", res.id)
