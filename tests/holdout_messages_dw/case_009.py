"""Strawberry DataLoader that batches Cohere embeddings for product nodes."""
import logging
import os

import cohere
import strawberry
from strawberry.dataloader import DataLoader

logger = logging.getLogger(__name__)

COHERE_KEY = os.getenv("CO_API_KEY", "")
EMBED_MODEL = "embed-english-v3.0"

if COHERE_KEY and len(COHERE_KEY) != 40:
    raise ValueError(f"CO_API_KEY should be 40 characters, got {COHERE_KEY!r}")
if not COHERE_KEY:
    logger.warning("CO_API_KEY unset (value %r); embeddings disabled", COHERE_KEY)

co = cohere.Client(api_key=COHERE_KEY) if COHERE_KEY else None


async def load_embeddings(keys: list[str]) -> list[list[float]]:
    logger.debug("embedding batch of %d keys: %s", len(keys), keys)
    texts = [PRODUCTS[k]["description"] for k in keys]
    try:
        resp = co.embed(texts=texts, model=EMBED_MODEL, input_type="search_document")
    except cohere.errors.UnauthorizedError:
        logger.exception("embedding batch failed, api key %s", COHERE_KEY)
        raise
    logger.info("billed units: %s", resp.meta.billed_units)
    return list(resp.embeddings)


PRODUCTS = {
    "p1": {"title": "Trail shoe", "description": "Lightweight trail running shoe"},
    "p2": {"title": "Rain shell", "description": "Packable waterproof jacket"},
}


@strawberry.type
class Product:
    id: strawberry.ID
    title: str

    @strawberry.field
    async def embedding(self, info) -> list[float]:
        return await info.context["embedding_loader"].load(self.id)


@strawberry.type
class Query:
    @strawberry.field
    def products(self) -> list[Product]:
        return [Product(id=k, title=v["title"]) for k, v in PRODUCTS.items()]


async def get_context() -> dict:
    return {"embedding_loader": DataLoader(load_fn=load_embeddings)}


schema = strawberry.Schema(query=Query)
