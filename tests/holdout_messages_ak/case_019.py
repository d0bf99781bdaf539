"""Modbus/OPC-UA edge gateway: anomaly explanations via Azure OpenAI."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from openai import AzureOpenAI

log = logging.getLogger("gw.explain")


@dataclass
class AzureSettings:
    endpoint: str
    deployment: str
    api_version: str = "2024-06-01"
    api_key: str = field(default="", repr=False)

    @classmethod
    def from_env(cls) -> "AzureSettings":
        return cls(
            endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
            deployment=os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-mini"),
            api_key=os.environ["AZURE_OPENAI_API_KEY"],
        )


class Explainer:
    def __init__(self, s: AzureSettings) -> None:
        self.s = s
        self.client = AzureOpenAI(azure_endpoint=s.endpoint, api_key=s.api_key, api_version=s.api_version)
        log.info("azure settings: %r", s)
        log.info("deployment %s at %s", s.deployment, s.endpoint)

    def explain(self, tag: str, values: list[float]) -> str:
        try:
            r = self.client.chat.completions.create(
                model=self.s.deployment, max_tokens=150,
                messages=[{"role": "user", "content": f"Tag {tag} readings {values[-30:]}: anomaly?"}],
            )
        except Exception as exc:
            log.error("azure call failed: %s (key=%s)", exc, self.s.api_key)
            raise RuntimeError(f"explain failed for {tag}") from exc
        return r.choices[0].message.content


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    s = AzureSettings.from_env()
    if not s.api_key.strip():
        raise ValueError(f"AZURE_OPENAI_API_KEY is blank: {s.api_key!r}")
    e = Explainer(s)
    print(e.explain("PLC1.TEMP", [71.2, 71.4, 88.9]))


if __name__ == "__main__":
    main()
