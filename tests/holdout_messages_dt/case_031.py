"""Process-wide ModelRed hub (generation 2, async); key from GCP Secret Manager."""
import asyncio
import logging

from google.cloud import secretmanager
from modelred import AsyncModelRedClient, RateLimitError, NotFoundError

log = logging.getLogger("hub")

PROJECT = "acme-llm-prod"
SECRET = "modelred-api-key"


def fetch_key(project: str = PROJECT, secret: str = SECRET) -> str:
    sm = secretmanager.SecretManagerServiceClient()
    name = f"projects/{project}/secrets/{secret}/versions/latest"
    response = sm.access_secret_version(request={"name": name})
    log.info("read secret version %s", response.name)
    return response.payload.data.decode("utf-8")


class ModelRedHub:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            inst = super().__new__(cls)
            key = fetch_key()
            log.debug("hub key %s", key)
            log.debug("hub key is %d chars, prefix ok: %s", len(key), key.startswith("mr_"))
            inst.client = AsyncModelRedClient(api_key=key)
            inst.jobs = {}
            cls._instance = inst
        return cls._instance

    async def assess(self, model: str, tests: list[str]) -> dict:
        try:
            job = await self.client.create_assessment(model=model, test_types=tests, priority="normal")
            self.jobs[job["id"]] = model
            result = await self.client.wait_for_completion(job["id"])
        except RateLimitError as e:
            return {"retry": True, "message": f"{e}"}
        except NotFoundError:
            log.warning("model %s not registered", model)
            return {"retry": False, "message": "model not registered"}
        return {"retry": False, "score": result.get("overall_score")}

    async def probes(self) -> list:
        return await self.client.list_probes()


async def main() -> None:
    hub = ModelRedHub()
    assert hub is ModelRedHub()
    print(await hub.assess("kb-assistant", ["jailbreak", "data_leakage"]))
    log.info("jobs tracked: %d", len(hub.jobs))


if __name__ == "__main__":
    asyncio.run(main())
