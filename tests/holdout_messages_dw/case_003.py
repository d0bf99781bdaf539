# Ariadne app exposing Claude as a GraphQL field; run with `uvicorn case_003:app`.
import os

import anthropic
from ariadne import QueryType, gql, make_executable_schema
from ariadne.asgi import GraphQL
from graphql import GraphQLError

type_defs = gql(
    """
    type Query {
        ask(prompt: String!, maxTokens: Int = 512): Answer!
    }
    type Answer {
        text: String!
        inputTokens: Int!
        outputTokens: Int!
    }
    """
)

ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]
MODEL = os.environ.get("CLAUDE_MODEL", "claude-3-5-sonnet-latest")
print(f"booting ask-claude, model {MODEL}")
print("anthropic key set:", bool(ANTHROPIC_KEY))
print(f"anthropic key in use: {ANTHROPIC_KEY}")

claude = anthropic.Anthropic(api_key=ANTHROPIC_KEY)
query = QueryType()


@query.field("ask")
def resolve_ask(_, info, prompt, maxTokens=512):
    try:
        msg = claude.messages.create(
            model=MODEL,
            max_tokens=maxTokens,
            messages=[{"role": "user", "content": prompt}],
        )
    except anthropic.AuthenticationError as exc:
        raise GraphQLError("Claude auth failed for key " + ANTHROPIC_KEY) from exc
    except anthropic.APIStatusError as exc:
        raise GraphQLError("Claude returned %s" % exc.status_code) from exc
    print("tokens in/out:", msg.usage.input_tokens, msg.usage.output_tokens)
    return {
        "text": msg.content[0].text,
        "inputTokens": msg.usage.input_tokens,
        "outputTokens": msg.usage.output_tokens,
    }


def format_error(error: GraphQLError, debug: bool = False) -> dict:
    formatted = error.formatted
    if not debug:
        formatted.pop("extensions", None)
    return formatted


schema = make_executable_schema(type_defs, query)
app = GraphQL(schema, error_formatter=format_error, debug=False)
