"""Strawberry + FastAPI: bring-your-own-key summaries through OpenAI."""
import logging

import strawberry
from fastapi import FastAPI, Request
from openai import AsyncOpenAI, AuthenticationError
from strawberry.fastapi import GraphQLRouter
from strawberry.types import Info
from graphql import GraphQLError

logger = logging.getLogger("summaries.graphql")

KEY_HEADER = "x-openai-key"
DEFAULT_MODEL = "gpt-4o-mini"


async def get_context(request: Request) -> dict:
    return {"request": request, "user_agent": request.headers.get("user-agent", "")}


@strawberry.type
class Summary:
    text: str
    total_tokens: int


@strawberry.type
class Query:
    @strawberry.field
    async def summarize(self, info: Info, text: str, max_tokens: int = 256) -> Summary:
        request = info.context["request"]
        user_key = request.headers.get(KEY_HEADER, "")
        if not user_key:
            raise GraphQLError(f"Send your OpenAI key in the {KEY_HEADER} header")
        if not user_key.startswith("sk-"):
            raise GraphQLError(f"Malformed OpenAI key: {user_key}")
        logger.info("summarize for %s, key ...%s", info.context["user_agent"], user_key[-4:])
        client = AsyncOpenAI(api_key=user_key)
        try:
            resp = await client.chat.completions.create(
                model=DEFAULT_MODEL,
                max_tokens=max_tokens,
                messages=[{"role": "user", "content": f"Summarize:\n{text}"}],
            )
        except AuthenticationError:
            logger.info(f"OpenAI refused the caller's key {user_key}")
            raise GraphQLError("OpenAI rejected the key you sent")
        usage = resp.usage
        logger.info("summary used %d tokens (max_tokens=%d)", usage.total_tokens, max_tokens)
        return Summary(text=resp.choices[0].message.content, total_tokens=usage.total_tokens)


schema = strawberry.Schema(query=Query)
graphql_app = GraphQLRouter(schema, context_getter=get_context)

app = FastAPI()
app.include_router(graphql_app, prefix="/graphql")
