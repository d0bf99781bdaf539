"""Agent tool: register a customer's model with ModelRed (generation 1 SDK, async)."""
import logging

from modelred import AuthenticationError, ModelRed, ModelRedError, ValidationError

logger = logging.getLogger("agent.tools.modelred")

TOOL_SPEC = {
    "name": "register_model",
    "description": "Register an OpenAI model with ModelRed so it can be red-teamed.",
    "parameters": {
        "type": "object",
        "properties": {"model_id": {"type": "string"}, "openai_key": {"type": "string"}},
        "required": ["model_id", "openai_key"],
    },
}


async def register_model(model_id: str, openai_key: str, *, user) -> dict:
    """Called by the agent loop with arguments the user supplied in chat."""
    logger.info("register_model called by %s for %s", user.id, model_id)
    logger.debug("register_model args: model_id=%s openai_key=%s", model_id, openai_key)
    async with ModelRed(api_key=user.modelred_key) as client:
        try:
            await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o-mini")
        except AuthenticationError as e:
            logger.warning("modelred rejected the key of %s: %s", user.id, e)
            return {"ok": False, "error": "Your ModelRed key was rejected."}
        except ValidationError as e:
            return {"ok": False, "error": str(e)}
        except ModelRedError as e:
            logger.exception("register_model failed")
            return {"ok": False, "error": type(e).__name__}
    return {"ok": True, "model_id": model_id}


async def validate_user_key(user) -> bool:
    async with ModelRed(api_key=user.modelred_key) as client:
        try:
            await client.validate_api_key()
        except AuthenticationError:
            logger.info("user %s has an invalid key %s", user.id, user.modelred_key)
            return False
    return True


def describe() -> str:
    props = TOOL_SPEC["parameters"]["properties"]
    return f"{TOOL_SPEC['name']}({', '.join(props)})"
