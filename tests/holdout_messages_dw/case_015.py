"""Graphene-Django view with a custom format_error and an OpenAI-backed field."""
import logging

import graphene
import requests
from django.conf import settings
from graphene_django.views import GraphQLView
from graphql import GraphQLError

logger = logging.getLogger("cms.graphql")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


class Query(graphene.ObjectType):
    headline = graphene.String(article_id=graphene.ID(required=True))

    def resolve_headline(root, info, article_id):
        openai_key = settings.OPENAI_API_KEY
        headers = {"Authorization": f"Bearer {openai_key}", "Content-Type": "application/json"}
        payload = {"model": "gpt-4o-mini", "max_tokens": 40,
                   "messages": [{"role": "user", "content": f"Headline for article {article_id}"}]}
        logger.info("model=%s max_tokens=%s", payload["model"], payload["max_tokens"])
        logger.debug("OpenAI request headers: %s", headers)
        logger.debug("OpenAI header names: %s", sorted(headers))
        resp = requests.post(OPENAI_URL, headers=headers, json=payload, timeout=20)
        if resp.status_code == 401:
            raise GraphQLError("OpenAI rejected key %s" % openai_key)
        if not resp.ok:
            raise GraphQLError(f"OpenAI error {resp.status_code}: {resp.text[:200]}")
        return resp.json()["choices"][0]["message"]["content"].strip()


schema = graphene.Schema(query=Query)


class CMSGraphQLView(GraphQLView):
    @staticmethod
    def format_error(error):
        formatted = GraphQLView.format_error(error)
        original = getattr(error, "original_error", None)
        if original is not None:
            logger.warning("resolver error: %s", type(original).__name__)
        if not settings.DEBUG:
            formatted.pop("locations", None)
        return formatted


def graphql_view():
    return CMSGraphQLView.as_view(schema=schema, graphiql=settings.DEBUG)
