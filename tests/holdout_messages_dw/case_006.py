"""Graphene middleware that checks a service bearer, and a Groq-backed classifier field."""
import json
import logging

import boto3
import graphene
from graphql import GraphQLError
from groq import Groq

log = logging.getLogger("classifier.api")

SECRET_ID = "prod/classifier/credentials"


def _secrets() -> dict:
    sm = boto3.client("secretsmanager", region_name="eu-west-1")
    return json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])


class BearerMiddleware:
    def __init__(self):
        creds = _secrets()
        self.expected = creds["service_bearer"]
        self.region = creds.get("region", "eu-west-1")
        log.info("bearer middleware loaded from %s (%s)", SECRET_ID, self.region)

    def resolve(self, next_, root, info, **args):
        if root is None:
            auth = info.context.headers.get("Authorization", "")
            if not auth:
                raise GraphQLError("Missing Authorization header")
            if auth != f"Bearer {self.expected}":
                log.info("bad Authorization header %s on %s", auth, info.field_name)
                raise GraphQLError("Invalid bearer: " + auth)
            log.debug("authorized call to %s", info.field_name)
        return next_(root, info, **args)


class Query(graphene.ObjectType):
    classify = graphene.String(text=graphene.String(required=True))

    def resolve_classify(root, info, text):
        groq_key = _secrets()["groq_api_key"]
        client = Groq(api_key=groq_key)
        chat = client.chat.completions.create(
            model="llama-3.1-8b-instant",
            messages=[{"role": "user", "content": f"Label as spam/ham: {text}"}],
        )
        log.info("groq usage: %s completion tokens", chat.usage.completion_tokens)
        return chat.choices[0].message.content.strip()


schema = graphene.Schema(query=Query)


def execute(request, query, variables=None):
    return schema.execute(query, variable_values=variables, context_value=request,
                          middleware=[BearerMiddleware()])
