"""Azure OpenAI wrapper from the 2019 "bot platform" codebase, later pointed at GPT-4.

Class-heavy by design: every provider is a subclass of BaseProvider.
"""
import logging

import requests

log = logging.getLogger("botplatform.providers")


class ProviderError(Exception):
    pass


class BaseProvider(object):
    name = "base"

    def __init__(self, settings):
        self.settings = settings

    def complete(self, prompt):
        raise NotImplementedError


class AzureProvider(BaseProvider):
    name = "azure"
    API_VERSION = "2024-02-01"

    def __init__(self, settings):
        super(AzureProvider, self).__init__(settings)
        self.endpoint = settings["endpoint"].rstrip("/")
        self.deployment = settings["deployment"]
        self.api_key = settings["api_key"]
        log.info("azure provider: endpoint=%s deployment=%s api_version=%s", self.endpoint, self.deployment, self.API_VERSION)

    def url(self):
        return "{0}/openai/deployments/{1}/chat/completions?api-version={2}".format(self.endpoint, self.deployment, self.API_VERSION)

    def complete(self, prompt):
        headers = {"api-key": self.api_key}
        try:
            r = requests.post(self.url(), headers=headers, json={"messages": [{"role": "user", "content": prompt}], "max_tokens": 256}, timeout=30)
        except requests.RequestException as e:
            log.error("azure request to {0} failed: {1}".format(self.url(), e))
            raise ProviderError("azure unreachable")
        if r.status_code == 401:
            raise ProviderError("azure rejected api-key {0} for {1}".format(self.api_key, self.deployment))
        if r.status_code >= 400:
            raise ProviderError("azure HTTP {0}: {1}".format(r.status_code, r.text))
        body = r.json()
        log.debug("azure usage: {0}".format(body.get("usage", {}).get("total_tokens")))
        return body["choices"][0]["message"]["content"]

    def dump(self):
        log.debug("azure provider settings: {0!r}".format(self.settings))
