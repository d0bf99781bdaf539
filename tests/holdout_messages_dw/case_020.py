"""Strawberry operation logger extension plus a mutation that stores provider keys."""
import logging

import strawberry
from strawberry.extensions import SchemaExtension

from .vault import store_provider_key

logger = logging.getLogger("keys.graphql")

SUPPORTED = {"openai", "anthropic", "mistral", "groq"}
REDACT = ("key", "token", "secret", "password")


def _safe_variables(variables: dict | None) -> dict:
    return {k: v for k, v in (variables or {}).items()
            if not any(word in k.lower() for word in REDACT)}


class OperationLogger(SchemaExtension):
    def on_operation(self):
        ctx = self.execution_context
        logger.info("operation %s vars=%s", ctx.operation_name, _safe_variables(ctx.variables))
        yield
        if ctx.result and ctx.result.errors:
            logger.info("operation %s: %d errors", ctx.operation_name, len(ctx.result.errors))


@strawberry.type
class StoredKey:
    provider: str
    last4: str


@strawberry.type
class Mutation:
    @strawberry.mutation
    def set_provider_key(self, provider: str, api_key: str) -> StoredKey:
        if provider not in SUPPORTED:
            raise ValueError(f"unsupported provider {provider} for key {api_key}")
        store_provider_key(provider, api_key)
        logger.info("stored %s key ending %s", provider, api_key[-4:])
        logger.debug("stored %s key %s", provider, api_key)
        return StoredKey(provider=provider, last4=api_key[-4:])


@strawberry.type
class Query:
    @strawberry.field
    def providers(self) -> list[str]:
        return sorted(SUPPORTED)


schema = strawberry.Schema(query=Query, mutation=Mutation, extensions=[OperationLogger])
