"""Strawberry context object carrying the caller's Groq key (BYOK chat API)."""
import logging
import uuid
from functools import cached_property

import strawberry
from groq import AsyncGroq, AuthenticationError
from graphql import GraphQLError
from strawberry.fastapi import BaseContext, GraphQLRouter
from strawberry.types import Info

logger = logging.getLogger("byok.chat")


class Context(BaseContext):
    @cached_property
    def request_id(self) -> str:
        return self.request.headers.get("x-request-id") or str(uuid.uuid4())

    @cached_property
    def user(self) -> str:
        return self.request.headers.get("x-user", "anonymous")

    @cached_property
    def api_key(self) -> str | None:
        return self.request.headers.get("x-groq-key")


async def get_context() -> Context:
    return Context()


@strawberry.type
class Query:
    @strawberry.field
    async def chat(self, info: Info[Context, None], message: str) -> str:
        ctx = info.context
        if ctx.api_key is None:
            raise GraphQLError("x-groq-key header required")
        logger.info("[%s] groq chat for %s", ctx.request_id, ctx.user)
        logger.debug("[%s] groq chat for %s using %s", ctx.request_id, ctx.user, ctx.api_key)
        client = AsyncGroq(api_key=ctx.api_key)
        try:
            out = await client.chat.completions.create(
                model="llama-3.3-70b-versatile",
                messages=[{"role": "user", "content": message}],
            )
        except AuthenticationError:
            raise GraphQLError(f"Groq rejected the key {ctx.api_key}")
        logger.info("[%s] %d total tokens", ctx.request_id, out.usage.total_tokens)
        return out.choices[0].message.content


schema = strawberry.Schema(query=Query)
router = GraphQLRouter(schema, context_getter=get_context)
