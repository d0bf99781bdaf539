"""Ariadne server with a custom error formatter; Cohere rerank behind a `search` field."""
import logging
import tomllib
from pathlib import Path

import cohere
from ariadne import QueryType, make_executable_schema
from ariadne.asgi import GraphQL
from graphql import GraphQLError

logger = logging.getLogger("search.api")

with Path("settings.toml").open("rb") as fh:
    cfg = tomllib.load(fh)


def cohere_token() -> str:
    return cfg["cohere"]["token"]


logger.info("cohere model %s, top_n %s", cfg["cohere"]["model"], cfg["cohere"].get("top_n", 5))
logger.info("cohere config keys: %s", list(cfg["cohere"]))
logger.debug("cohere config: %s", cfg["cohere"])

query = QueryType()
client = cohere.ClientV2(api_key=cohere_token())


@query.field("search")
def resolve_search(_, info, q, documents):
    try:
        result = client.rerank(model=cfg["cohere"]["model"], query=q, documents=documents,
                               top_n=cfg["cohere"].get("top_n", 5))
    except cohere.errors.UnauthorizedError as exc:
        logger.warning("cohere 401 for token %s", cohere_token())
        raise GraphQLError("Search is temporarily unavailable") from exc
    return [{"index": r.index, "score": r.relevance_score} for r in result.results]


def format_error(error: GraphQLError, debug: bool = False) -> dict:
    if debug:
        return error.formatted
    code = (error.extensions or {}).get("code", "INTERNAL")
    logger.info("masking error with code %s", code)
    return {"message": error.message, "extensions": {"code": code}}


type_defs = """
    type Hit { index: Int!, score: Float! }
    type Query { search(q: String!, documents: [String!]!): [Hit!]! }
"""
schema = make_executable_schema(type_defs, query)
app = GraphQL(schema, error_formatter=format_error, debug=False)
