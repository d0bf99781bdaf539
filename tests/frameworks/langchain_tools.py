"""LangChain tools that let the ops agent drive ModelRed (SDK 0.1.40)."""

import os
import re
from typing import Literal, Optional, Type
from uuid import UUID

from langchain_core.callbacks import CallbackManagerForToolRun
from langchain_core.tools import BaseTool, tool
from pydantic import BaseModel, Field

from modelred import ModelRed, NotFound

ASSESSMENT_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=60.0)


@tool
def start_red_team_run(model: str, probe_pack_ids: list[str]) -> str:
    """Start a ModelRed assessment of `model` with the given probe pack ids."""
    with _client() as client:
        assessment = client.create_assessment(
            model=model,
            probe_pack_ids=probe_pack_ids,
        )
    return f"started assessment {assessment['id']}"


class StatusInput(BaseModel):
    assessment_id: UUID = Field(description="the assessment's id, as returned when it started")


@tool("assessment_status", args_schema=StatusInput)
def assessment_status(assessment_id: UUID) -> str:
    """Report the status and score of an assessment."""
    with _client() as client:
        try:
            data = client.get_assessment(str(assessment_id))
        except NotFound:
            return "no such assessment"
    return f"{data['status']} (score {data.get('score', 'n/a')})"


@tool
def describe_probe_pack(pack: Literal["pack-basicsec01", "pack-jailbrk02", "pack-toxicity3"]) -> dict:
    """Describe one of the team's approved probe packs."""
    with _client() as client:
        return client.get_probe_pack(pack)


@tool
def probe_pack_data(pack_id: str) -> dict:
    """Return the prompts inside a probe pack, for the agent to summarise."""
    with _client() as client:
        return client.get_probe_pack_data(pack_id)


class CancelInput(BaseModel):
    assessment_id: str = Field(description="id of the assessment to cancel")
    reason: Optional[str] = Field(default=None, description="why it is cancelled")


class CancelAssessmentTool(BaseTool):
    name: str = "cancel_assessment"
    description: str = "Cancel a running ModelRed assessment."
    args_schema: Type[BaseModel] = CancelInput

    def _run(
        self,
        assessment_id: str,
        reason: Optional[str] = None,
        run_manager: Optional[CallbackManagerForToolRun] = None,
    ) -> str:
        with _client() as client:
            client.cancel_assessment(assessment_id)
        return f"cancelled {assessment_id}: {reason or 'no reason given'}"

    async def _arun(self, assessment_id: str, reason: Optional[str] = None, run_manager=None) -> str:
        if not ASSESSMENT_RE.fullmatch(assessment_id):
            return "That is not a valid assessment id; ask the user for the id from the dashboard."
        return await self._cancel_later(assessment_id)

    async def _cancel_later(self, assessment_id: str) -> str:
        from modelred import AsyncModelRed

        async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as client:
            await client.cancel_assessment(assessment_id)
        return f"cancelled {assessment_id}"


TOOLS = [start_red_team_run, assessment_status, describe_probe_pack, probe_pack_data, CancelAssessmentTool()]
