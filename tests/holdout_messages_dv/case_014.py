"""Mistral chat wrapper for the docs assistant; configuration through a dynaconf LazySettings."""
import warnings

from dynaconf import Dynaconf, Validator
from mistralai import Mistral

settings = Dynaconf(
    envvar_prefix="DOCS",
    settings_files=["config/settings.yaml", "config/.secrets.yaml"],
    load_dotenv=True,
    merge_enabled=True,
)
settings.validators.register(
    Validator("MISTRAL_API_KEY", must_exist=True, env="production"),
    Validator("MISTRAL_MODEL", default="mistral-small-latest"),
    Validator("MAX_TOKENS", default=700, is_type_of=int),
)


class DocsAssistant:
    def __init__(self, conf=settings):
        conf.validators.validate()
        self.model = conf.MISTRAL_MODEL
        self.max_tokens = conf.MAX_TOKENS
        self.mistral_api_key = conf.MISTRAL_API_KEY
        self.client = Mistral(api_key=self.mistral_api_key)
        if conf.get("WARN_ON_TEST_KEY", True) and self.mistral_api_key.lower().startswith("test"):
            warnings.warn(f"DOCS_MISTRAL_API_KEY={self.mistral_api_key} looks like a test key")
        if self.max_tokens > 4000:
            warnings.warn(f"MAX_TOKENS={self.max_tokens} is above the docs budget", stacklevel=2)

    def answer(self, question: str, context: list[str]) -> str:
        joined = "\n---\n".join(context)
        resp = self.client.chat.complete(
            model=self.model,
            max_tokens=self.max_tokens,
            messages=[
                {"role": "system", "content": f"Answer from these docs only:\n{joined}"},
                {"role": "user", "content": question},
            ],
        )
        return resp.choices[0].message.content

    def __repr__(self) -> str:
        return f"DocsAssistant(model={self.model!r}, max_tokens={self.max_tokens})"


def settings_report(conf=settings) -> str:
    lines = [f"env: {conf.current_env}", f"model: {conf.MISTRAL_MODEL}"]
    lines.append(f"key present: {conf.exists('MISTRAL_API_KEY')}")
    return "\n".join(lines)


if __name__ == "__main__":
    assistant = DocsAssistant()
    print(repr(assistant))
    print(settings_report())
    print(assistant.answer("How do I rotate a key?", ["Keys rotate from the admin page."]))
