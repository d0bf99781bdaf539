"""Ariadne async mutation registering OpenAI models with ModelRed (SDK generation 1)."""
import logging

from ariadne import MutationType
from modelred import ModelRed, ValidationError, AuthenticationError, ModelRedError

logger = logging.getLogger(__name__)
mutation = MutationType()


async def register(model_id: str, api_key: str, model_name: str, max_tokens: int) -> dict:
    logger.info("key present for %s: %s", model_id, bool(api_key))
    logger.info("register_openai_model %s api_key=%s", model_id, api_key)
    try:
        async with ModelRed() as client:
            model = await client.register_openai_model(
                model_id=model_id,
                api_key=api_key,
                model_name=model_name,
                max_tokens=max_tokens,
            )
    except AuthenticationError as exc:
        logger.error("ModelRed auth failed: %s", type(exc).__name__)
        return {"success": False, "message": "ModelRed authentication failed"}
    except ValidationError as exc:
        return {"success": False, "message": f"Registration failed: {exc}"}
    except ModelRedError as exc:
        logger.error("ModelRed error for %s: %s", model_id, exc)
        return {"success": False, "message": "Registration failed"}
    logger.info("registered %s (max_tokens=%d)", model_id, max_tokens)
    return {"success": True, "message": None, "modelId": model["model_id"]}


@mutation.field("registerModel")
async def resolve_register_model(_, info, modelId, apiKey, modelName="gpt-4o-mini", maxTokens=1024):
    if not apiKey.startswith("sk-"):
        logger.warning("apiKey must be an OpenAI key, got %r", apiKey)
        raise ValueError("apiKey must be an OpenAI key (sk-...)")
    return await register(modelId, apiKey, modelName, maxTokens)


@mutation.field("deleteModel")
async def resolve_delete_model(_, info, modelId):
    async with ModelRed() as client:
        try:
            await client.delete_model(modelId)
        except ModelRedError as exc:
            logger.warning("delete %s failed: %s", modelId, exc)
            return {"success": False, "message": "Could not delete model"}
    return {"success": True, "message": None}


type_defs = """
    type Mutation {
        registerModel(modelId: String!, apiKey: String!, modelName: String, maxTokens: Int): Result!
        deleteModel(modelId: String!): Result!
    }
    type Result { success: Boolean!, message: String, modelId: String }
"""
