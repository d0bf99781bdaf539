"""Plain graphql-core: a schema built in code, executed per request with a context dict."""
import logging

from graphql import (
    GraphQLArgument,
    GraphQLError,
    GraphQLField,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLString,
    graphql_sync,
)

from .llm import complete
from .tokens import verify_token

logging.basicConfig(level=logging.INFO)


def resolve_rewrite(root, info, text):
    token = info.context["token"]
    claims = verify_token(token)
    if claims is None:
        logging.warning("rejected bearer %s from %s", token, info.context["remote"])
        raise GraphQLError("Invalid or expired token")
    if "rewrite" not in claims.get("scopes", []):
        raise GraphQLError("token lacks the rewrite scope")
    logging.info("rewrite by %s (%s)", claims["sub"], info.context["remote"])
    return complete("Rewrite politely:\n" + text)


query_type = GraphQLObjectType(
    "Query",
    {
        "rewrite": GraphQLField(
            GraphQLNonNull(GraphQLString),
            args={"text": GraphQLArgument(GraphQLNonNull(GraphQLString))},
            resolve=resolve_rewrite,
        )
    },
)
schema = GraphQLSchema(query=query_type)


def handle(environ, body):
    auth = environ.get("HTTP_AUTHORIZATION", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer":
        logging.info("non-bearer Authorization from %s", environ.get("REMOTE_ADDR"))
        return {"errors": [{"message": "Bearer token required"}]}
    context = {"token": token, "remote": environ.get("REMOTE_ADDR")}
    result = graphql_sync(schema, body["query"], variable_values=body.get("variables"),
                          context_value=context)
    if result.errors:
        logging.info("%d errors for %s", len(result.errors), context["remote"])
    return result.formatted
