"""Graphene resolvers backed by Azure OpenAI; key kept in the OS keyring."""
import logging

import graphene
import keyring
import requests

logger = logging.getLogger("azure.chat")


class AzureChat:
    def __init__(self, endpoint: str, deployment: str, api_version: str = "2024-06-01"):
        self.endpoint = endpoint.rstrip("/")
        self.deployment = deployment
        self.api_version = api_version
        self.key = keyring.get_password("azure-openai", "prod")
        if self.key is None:
            raise RuntimeError("no azure-openai/prod entry in keyring")
        self.headers = {"api-key": self.key, "Content-Type": "application/json"}

    @property
    def url(self) -> str:
        return (f"{self.endpoint}/openai/deployments/{self.deployment}/chat/completions"
                f"?api-version={self.api_version}")

    def ask(self, question: str) -> str:
        resp = requests.post(self.url, headers=self.headers, timeout=30,
                             json={"messages": [{"role": "user", "content": question}]})
        if resp.status_code == 401:
            logger.error("Azure rejected api-key header %s", self.headers["api-key"])
            logger.error("content type %s", self.headers["Content-Type"])
            raise ConnectionError("azure {} key={}".format(self.endpoint, self.key))
        if resp.status_code != 200:
            raise ConnectionError(f"azure {self.deployment}: HTTP {resp.status_code}")
        data = resp.json()
        logger.info("prompt_tokens=%s", data["usage"]["prompt_tokens"])
        return data["choices"][0]["message"]["content"]


chat = AzureChat("https://acme-eastus.openai.azure.com", "gpt4o-prod")
logger.info("azure endpoint %s api-version %s", chat.endpoint, chat.api_version)


class Query(graphene.ObjectType):
    ask = graphene.String(question=graphene.String(required=True))
    deployment = graphene.String()

    def resolve_ask(root, info, question):
        return chat.ask(question)

    def resolve_deployment(root, info):
        return chat.deployment


schema = graphene.Schema(query=Query)
