"""Strawberry DataLoader resolving ModelRed models by identifier (SDK generation 2)."""
import logging
import os

import strawberry
from modelred import AsyncModelRedClient, ModelRedError, NotFoundError
from strawberry.dataloader import DataLoader

logger = logging.getLogger(__name__)


@strawberry.type
class RedModel:
    identifier: str
    provider: str | None = None
    error: str | None = None


class ModelLoaderFactory:
    def __init__(self, api_key: str | None = None):
        self._api_key = api_key or os.environ["MODELRED_API_KEY"]
        self.batch_size = int(os.environ.get("MODEL_LOADER_BATCH", "25"))
        logger.info("AsyncModelRedClient key %s", self._api_key)
        logger.info("loader batch size %d", self.batch_size)

    async def _fetch(self, client: AsyncModelRedClient, identifier: str) -> RedModel:
        try:
            m = await client.get_model(model_identifier=identifier)
        except NotFoundError:
            return RedModel(identifier=identifier, error="not found")
        except ModelRedError as exc:
            return RedModel(identifier=identifier, error=str(exc))
        return RedModel(identifier=identifier, provider=m.get("provider"))

    async def _load(self, keys: list[str]) -> list[RedModel]:
        logger.debug("loading %d models: %s", len(keys), keys)
        async with AsyncModelRedClient(api_key=self._api_key) as client:
            return [await self._fetch(client, identifier) for identifier in keys]

    def loader(self) -> DataLoader:
        return DataLoader(load_fn=self._load, max_batch_size=self.batch_size)


factory = ModelLoaderFactory()


@strawberry.type
class Query:
    @strawberry.field
    async def models(self, info, identifiers: list[str]) -> list[RedModel]:
        loader = info.context["model_loader"]
        return [await loader.load(i) for i in identifiers]


async def get_context() -> dict:
    return {"model_loader": factory.loader()}


schema = strawberry.Schema(query=Query)
