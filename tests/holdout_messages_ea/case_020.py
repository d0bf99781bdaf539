"""Register each project's OpenAI model in ModelRed (SDK gen 2, async) from Tortoise models."""
import logging

from modelred import AsyncModelRed, ModelRedError, ProviderConfig
from tortoise import Tortoise, fields
from tortoise.models import Model

logger = logging.getLogger("projects.sync")


class Project(Model):
    id = fields.IntField(pk=True)
    slug = fields.CharField(max_length=60)
    openai_key = fields.CharField(max_length=200)
    modelred_key = fields.CharField(max_length=80)
    openai_model = fields.CharField(max_length=40, default="gpt-4o-mini")
    max_tokens = fields.IntField(default=1024)


async def register_project(project: Project) -> dict:
    cfg = ProviderConfig.openai(api_key=project.openai_key, model_name=project.openai_model, max_tokens=project.max_tokens)
    logger.info("project %s: openai model %s, max_tokens %d", project.slug, project.openai_model, project.max_tokens)
    logger.debug("project %s provider config %s", project.slug, cfg)
    client = AsyncModelRed(api_key=project.modelred_key)
    try:
        model = await client.create_model(
            modelId=f"{project.slug}-openai",
            provider="openai",
            displayName=f"{project.slug} OpenAI",
            providerConfig=cfg,
        )
    except ModelRedError as e:
        logger.warning("project %s: create_model failed (%s)", project.slug, e.__class__.__name__)
        return {"project": project.slug, "ok": False, "error": f"{e}"}
    return {"project": project.slug, "ok": True, "model": model.get("modelId")}


async def sync_all(db_url: str) -> list[dict]:
    await Tortoise.init(db_url=db_url, modules={"models": [__name__]})
    out = []
    try:
        async for project in Project.all():
            if not project.modelred_key.startswith("mr_"):
                logger.error("project %s: stored ModelRed key is malformed: %s", project.slug, project.modelred_key)
                continue
            out.append(await register_project(project))
    finally:
        await Tortoise.close_connections()
    return out
