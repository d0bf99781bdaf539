"""Java-flavoured "manager" classes from the 2016 integration layer, now with an LLM client.

Getters and setters kept because the Jython-era callers still use them.
"""
import logging

log = logging.getLogger("integration.llm")


class CredentialManager(object):
    def __init__(self):
        self._openai_key = None
        self._organization = None
        self._max_tokens = 256

    def setOpenAIKey(self, value):
        if value is not None and not value.startswith("sk-"):
            raise ValueError("setOpenAIKey: not an OpenAI key: %s" % value)
        self._openai_key = value

    def getOpenAIKey(self):
        return self._openai_key

    def setOrganization(self, org):
        self._organization = org

    def getOrganization(self):
        return self._organization

    def getMaxTokens(self):
        return self._max_tokens

    def toString(self):
        return "CredentialManager[org=%s, maxTokens=%d, keySet=%s]" % (self._organization, self._max_tokens, self._openai_key is not None)


class LLMManager(object):
    def __init__(self, credentials):
        self.credentials = credentials

    def describe(self):
        log.info("LLMManager using %s", self.credentials.toString())
        log.info("org=%s maxTokens=%d", self.credentials.getOrganization(), self.credentials.getMaxTokens())

    def connect(self):
        import openai
        key = self.credentials.getOpenAIKey()
        if key is None:
            raise IllegalStateError("no OpenAI key configured (key=%s)" % key)
        log.debug("connecting with key " + self.credentials.getOpenAIKey())
        log.info("OpenAI key length %d", len(key))
        return openai.OpenAI(api_key=key, organization=self.credentials.getOrganization())


class IllegalStateError(Exception):
    pass
