# Exported notebook: expose ModelRed assessment status through graphql-core (SDK generation 1).
import asyncio
import logging
import os

from graphql import (GraphQLArgument, GraphQLField, GraphQLNonNull, GraphQLObjectType,
                     GraphQLSchema, GraphQLString, graphql)
from modelred import ModelRed, ModelRedError

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("nb.status")

# %%
MODELRED_API_KEY = os.environ["MODELRED_API_KEY"]
print(f"Using ModelRed key {MODELRED_API_KEY}")
print("key prefix ok:", MODELRED_API_KEY.startswith("mr_"))


# %%
async def check_key() -> bool:
    async with ModelRed(api_key=MODELRED_API_KEY) as client:
        ok = await client.validate_api_key()
    print(f"validate_api_key -> {ok}")
    return bool(ok)


async def resolve_status(_root, _info, assessment_id):
    try:
        async with ModelRed(api_key=MODELRED_API_KEY) as client:
            status = await client.get_assessment_status(assessment_id)
    except ModelRedError as exc:
        logger.error("status for %s failed: %s", assessment_id, exc)
        return "unknown"
    return status.get("status", "unknown")


schema = GraphQLSchema(
    query=GraphQLObjectType(
        "Query",
        {
            "status": GraphQLField(
                GraphQLNonNull(GraphQLString),
                args={"id": GraphQLArgument(GraphQLNonNull(GraphQLString))},
                resolve=lambda root, info, id: resolve_status(root, info, id),
            )
        },
    )
)

# %%
if not asyncio.run(check_key()):
    raise SystemExit("ModelRed key rejected; check MODELRED_API_KEY")

suites = {"basic_security": 12, "prompt_injection": 30}
print("suites and max_tokens:", suites, 1024)
result = asyncio.run(graphql(schema, '{ status(id: "asm_123") }'))
print(result.data, result.errors)
