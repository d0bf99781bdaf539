"""Generation-1 ModelRed helpers used by an internal dashboard."""
import logging
import traceback

from modelred import ModelRed, ModelRedError, AuthenticationError, AuthorizationError, TierRestrictedError

logger = logging.getLogger(__name__)


async def suites_for_user() -> dict:
    try:
        async with ModelRed() as client:
            suites = await client.get_test_suites()
            return {"ok": True, "suites": suites}
    except (AuthenticationError, AuthorizationError) as e:
        logger.error("ModelRed auth problem: %s", type(e).__name__)
        return {"ok": False, "error": "not authorised"}
    except TierRestrictedError as e:
        return {"ok": False, "error": e.__str__()}
    except ModelRedError:
        return {"ok": False, "error": "unexpected", "trace": traceback.format_exc()}


async def model_details(model_id: str) -> dict:
    try:
        async with ModelRed() as client:
            return await client.get_model(model_id)
    except ModelRedError as e:
        logger.warning("get_model(%s) failed: %s", model_id, e)
        return {"model_id": model_id, "status": "unknown", "error_type": e.__class__.__name__}


async def check_key() -> bool:
    async with ModelRed() as client:
        try:
            return bool(await client.validate_api_key())
        except AuthenticationError:
            return False
