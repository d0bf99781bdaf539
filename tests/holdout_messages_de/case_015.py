"""LabKey Server helper: push sample QC rows and attach an LLM-written study note."""
from __future__ import annotations

import logging
import os

from labkey.api_wrapper import APIWrapper
from labkey.exceptions import RequestAuthorizationError
from openai import OpenAI

log = logging.getLogger("labkey.qc")


class StudyPublisher:
    def __init__(self, domain: str, container: str, api_key: str | None = None) -> None:
        self.domain = domain
        self.container = container
        self.api_key = api_key or os.environ["LABKEY_API_KEY"]
        self.labkey = APIWrapper(domain, container, use_ssl=True, api_key=self.api_key)
        self.llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
        self.max_tokens = 600

    def insert_qc(self, rows: list[dict]) -> int:
        try:
            result = self.labkey.query.insert_rows("lists", "SampleQC", rows)
        except RequestAuthorizationError as exc:
            log.error("LabKey %s/%s refused apikey %s", self.domain, self.container, self.api_key)
            raise RuntimeError(f"LabKey authorisation failed for container {self.container}") from exc
        log.info("inserted %d QC rows into %s", result["rowsAffected"], self.container)
        return result["rowsAffected"]

    def study_note(self, rows: list[dict]) -> str:
        resp = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": f"Write a short QC note for {len(rows)} samples: {rows[:20]}"}],
        )
        log.info("note: max_tokens=%d used=%d", self.max_tokens, resp.usage.total_tokens)
        return resp.choices[0].message.content

    def settings(self) -> dict:
        return {"domain": self.domain, "container": self.container, "api_key": self.api_key}

    def publish(self, rows: list[dict]) -> None:
        n = self.insert_qc(rows)
        note = self.study_note(rows)
        self.labkey.query.insert_rows("lists", "StudyNotes", [{"note": note, "rows": n}])
        log.debug("published with settings %s", self.settings())
        log.debug("domain=%s container=%s", self.settings()["domain"], self.settings()["container"])
