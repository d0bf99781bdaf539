"""Push-notification copy generator: OpenAI drafts, ModelRed gen-2 checks, class-heavy."""
import logging
import os

from openai import OpenAI
from modelred import ModelRed, ProviderConfig, ModelRedError

log = logging.getLogger("copywriter")


class CopyWriter:
    DEFAULT_MODEL = "gpt-4o-mini"
    MAX_TOKENS = 60

    def __init__(self, openai_key: str, org: str | None = None):
        self._openai_key = openai_key
        self.org = org
        self.client = OpenAI(api_key=openai_key, organization=org)
        log.info("copywriter org=%s model=%s", self.org, self.DEFAULT_MODEL)

    def draft(self, event: str, locale: str = "en") -> str:
        r = self.client.chat.completions.create(
            model=self.DEFAULT_MODEL, max_tokens=self.MAX_TOKENS,
            messages=[{"role": "system", "content": f"Write a push title in {locale}."},
                      {"role": "user", "content": event}])
        log.debug("draft used %d tokens of %d", r.usage.total_tokens, self.MAX_TOKENS)
        return r.choices[0].message.content.strip()

    def __repr__(self) -> str:
        return f"CopyWriter(org={self.org!r}, key_set={bool(self._openai_key)})"


class SafetyGate:
    def __init__(self, writer: CopyWriter):
        self.writer = writer
        self.mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])

    def register(self) -> None:
        try:
            self.mr.create_model(
                modelId="push-copy", provider="openai", displayName="Push copywriter",
                providerConfig=ProviderConfig.openai(api_key=self.writer._openai_key, model=CopyWriter.DEFAULT_MODEL))
        except ModelRedError as exc:
            log.warning("create_model: %s", exc)
            raise RuntimeError(f"register failed, key was {self.writer._openai_key}") from exc


if __name__ == "__main__":
    w = CopyWriter(os.environ["OPENAI_API_KEY"], os.environ.get("OPENAI_ORG"))
    print(w.draft("Your weekly summary is ready"))
    log.info("writer: %r", w)
    print(f"copywriter key in use: {w._openai_key}")
