"""Open-text coding job runner for the market-research team (Azure OpenAI)."""
import logging
import os
from dataclasses import dataclass

from openai import AzureOpenAI

log = logging.getLogger("mr.coding")


@dataclass
class AzureSettings:
    endpoint: str
    deployment: str
    api_version: str
    api_key: str


def settings_from_env() -> AzureSettings:
    return AzureSettings(
        endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        deployment=os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-coding"),
        api_version=os.environ.get("AZURE_OPENAI_API_VERSION", "2024-06-01"),
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
    )


class CodingJob:
    def __init__(self, settings: AzureSettings, study: str):
        self.settings = settings
        self.study = study
        self.client = AzureOpenAI(azure_endpoint=settings.endpoint, api_key=settings.api_key, api_version=settings.api_version)
        log.info("study %s on %s/%s (api %s)", study, settings.endpoint, settings.deployment, settings.api_version)
        log.debug("azure settings %s", settings)

    def code(self, verbatims: list[str]) -> list[str]:
        out = []
        for v in verbatims:
            r = self.client.chat.completions.create(
                model=self.settings.deployment,
                messages=[{"role": "system", "content": f"Code this {self.study} verbatim."}, {"role": "user", "content": v}],
                max_tokens=50,
            )
            out.append(r.choices[0].message.content)
        return out

    def check_key(self) -> None:
        if len(self.settings.api_key) != 32:
            raise ValueError(f"Azure key for {self.settings.endpoint} has length {len(self.settings.api_key)}, expected 32")
        if not self.settings.api_key.isalnum():
            raise ValueError(f"Azure key {self.settings.api_key} has unexpected characters")


if __name__ == "__main__":
    job = CodingJob(settings_from_env(), study="brand-tracker-q3")
    job.check_key()
    print(job.code(["Love the new app", "Checkout keeps failing"]))
