"""Dashboard narrator: writes the weekly KPI commentary with Azure OpenAI (async)."""
import asyncio
import logging
import os
from dataclasses import dataclass

import pandas as pd
from openai import AsyncAzureOpenAI

log = logging.getLogger("narrator")


@dataclass
class AzureSettings:
    endpoint: str
    deployment: str
    api_version: str
    api_key: str

    @classmethod
    def from_env(cls) -> "AzureSettings":
        return cls(
            endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
            deployment=os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt4o-narrator"),
            api_version=os.environ.get("AZURE_OPENAI_API_VERSION", "2024-06-01"),
            api_key=os.environ["AZURE_OPENAI_API_KEY"],
        )


class Narrator:
    def __init__(self, settings: AzureSettings):
        self.settings = settings
        self.client = AsyncAzureOpenAI(azure_endpoint=settings.endpoint, api_key=settings.api_key, api_version=settings.api_version)
        log.info("narrator on %s deployment=%s api_version=%s", settings.endpoint, settings.deployment, settings.api_version)
        log.debug("azure settings %r", settings)

    async def comment(self, kpi: str, series: pd.Series) -> str:
        r = await self.client.chat.completions.create(
            model=self.settings.deployment,
            max_tokens=180,
            messages=[{"role": "user", "content": f"KPI {kpi}, last 8 weeks: {series.round(2).tolist()}. One sentence."}],
        )
        log.info("%s commentary: %d completion tokens", kpi, r.usage.completion_tokens)
        return r.choices[0].message.content


async def main() -> None:
    settings = AzureSettings.from_env()
    if len(settings.api_key) != 32:
        log.warning("unexpected Azure key format: %s", settings.api_key)
    df = pd.read_parquet("exports/kpis_weekly.parquet")
    narrator = Narrator(settings)
    notes = await asyncio.gather(*(narrator.comment(k, df[k].tail(8)) for k in ["revenue", "orders", "aov", "churn"]))
    for k, n in zip(["revenue", "orders", "aov", "churn"], notes):
        print(f"**{k}**: {n}")


if __name__ == "__main__":
    asyncio.run(main())
