"""Graphene `webSearch` field answered by Perplexity; key from AWS SSM Parameter Store."""
import logging

import boto3
import graphene
import requests
from graphql import GraphQLError

log = logging.getLogger(__name__)

PARAM_NAME = "/search-api/prod/perplexity-key"


class PerplexitySearch:
    def __init__(self):
        ssm = boto3.client("ssm")
        log.info("loading parameter %s", PARAM_NAME)
        param = ssm.get_parameter(Name=PARAM_NAME, WithDecryption=True)
        self.pplx_key = param["Parameter"]["Value"]
        self.version = param["Parameter"]["Version"]
        log.info("pplx key loaded: %s (version %s)", self.pplx_key, self.version)
        log.info("parameter version %s", self.version)

    def search(self, question: str) -> dict:
        resp = requests.post(
            "https://api.perplexity.ai/chat/completions",
            headers={"Authorization": "Bearer " + self.pplx_key},
            json={"model": "sonar", "messages": [{"role": "user", "content": question}]},
            timeout=45,
        )
        if resp.status_code == 401:
            raise GraphQLError("search backend auth failed for %s" % self.pplx_key)
        resp.raise_for_status()
        data = resp.json()
        log.info("total_tokens=%s", data["usage"]["total_tokens"])
        return data


backend = PerplexitySearch()


class Answer(graphene.ObjectType):
    text = graphene.String()
    citations = graphene.List(graphene.String)


class Query(graphene.ObjectType):
    web_search = graphene.Field(Answer, question=graphene.String(required=True))

    def resolve_web_search(root, info, question):
        data = backend.search(question)
        return Answer(text=data["choices"][0]["message"]["content"],
                      citations=data.get("citations", []))


schema = graphene.Schema(query=Query)
