"""Ariadne schema directive @requiresServiceToken guarding LLM admin fields."""
import hashlib
import hmac
import logging
import os

import hvac
from ariadne import SchemaDirectiveVisitor
from graphql import GraphQLError, default_field_resolver

logger = logging.getLogger("admin.directives")

VAULT_PATH = "llm-admin/service-token"


def _service_token() -> str:
    vault = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    data = vault.secrets.kv.v2.read_secret_version(path=VAULT_PATH)
    return data["data"]["data"]["token"]


SERVICE_TOKEN = _service_token()
logger.info("service token loaded from vault path %s", VAULT_PATH)


def _fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:8]


class RequiresServiceTokenDirective(SchemaDirectiveVisitor):
    def visit_field_definition(self, field, object_type):
        original = field.resolve or default_field_resolver
        role = self.args.get("role", "admin")
        logger.debug("guarding %s.%s with role %s", object_type.name, field.ast_node.name.value, role)

        def resolve(obj, info, **kwargs):
            presented = info.context["request"].headers.get("X-Service-Token", "")
            if not hmac.compare_digest(presented, SERVICE_TOKEN):
                logger.warning("service token mismatch: got %s expected %s", presented, SERVICE_TOKEN)
                logger.info("mismatch fingerprint %s", _fingerprint(presented))
                raise GraphQLError(f"Forbidden for token {presented}")
            return original(obj, info, **kwargs)

        field.resolve = resolve
        return field


type_defs = """
    directive @requiresServiceToken(role: String) on FIELD_DEFINITION

    type Query {
        promptTemplates: [String!]! @requiresServiceToken(role: "admin")
        modelCatalogue: [String!]! @requiresServiceToken
    }
"""

directives = {"requiresServiceToken": RequiresServiceTokenDirective}
