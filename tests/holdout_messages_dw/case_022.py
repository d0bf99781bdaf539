"""Ariadne resolvers letting users run ModelRed scans with their own key (SDK generation 3)."""
import logging

from ariadne import MutationType, QueryType, convert_kwargs_to_snake_case
from graphql import GraphQLError
from modelred import AsyncModelRed, APIError, Unauthorized, Forbidden

logger = logging.getLogger(__name__)
query = QueryType()
mutation = MutationType()

KEY_HEADER = "X-ModelRed-Key"


def _key_from(info) -> str:
    key = info.context["request"].headers.get(KEY_HEADER, "")
    if not key:
        raise GraphQLError(f"header {KEY_HEADER} missing ({key!r})")
    if not key.startswith("mr_") or len(key) < 12:
        raise GraphQLError(f"Invalid ModelRed key: {key}")
    return key


@query.field("myModels")
async def resolve_my_models(_, info):
    key = _key_from(info)
    async with AsyncModelRed(key) as client:
        page = await client.list_models(limit=50)
    logger.info("listed %d models for key prefix %s", len(page["data"]), key[:4])
    return page["data"]


@mutation.field("startScan")
@convert_kwargs_to_snake_case
async def resolve_start_scan(_, info, model_id, probe_pack_ids):
    key = _key_from(info)
    try:
        async with AsyncModelRed(key, max_retries=1) as client:
            created = await client.create_assessment_by_id(model_id=model_id,
                                                           probe_pack_ids=probe_pack_ids)
    except (Unauthorized, Forbidden) as err:
        logger.info("scan refused: %s", type(err).__name__)
        return {"status": "failed", "detail": "ModelRed rejected the key"}
    except APIError as err:
        return {"status": "failed", "detail": f"{err}"}
    return {"status": "queued", "detail": None, "assessmentId": created["id"]}


@mutation.field("cancelScan")
@convert_kwargs_to_snake_case
async def resolve_cancel_scan(_, info, assessment_id):
    key = _key_from(info)
    try:
        async with AsyncModelRed(key) as client:
            await client.cancel_assessment(assessment_id)
    except APIError as err:
        logger.warning("cancel %s failed: %s", assessment_id, err)
        return {"status": "failed", "detail": "Could not cancel"}
    return {"status": "cancelled", "detail": None}
