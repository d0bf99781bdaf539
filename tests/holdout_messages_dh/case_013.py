"""Async Streamlit page polling a ModelRed assessment (generation 2, AsyncModelRed)."""
import asyncio
import logging

import streamlit as st
from modelred import AsyncModelRed, ModelRedError, RateLimitError, NotFoundError

logger = logging.getLogger("poller")
POLL_SECONDS = 5


class AssessmentPoller:
    def __init__(self, api_key: str, assessment_id: str):
        self.api_key = api_key
        self.assessment_id = assessment_id
        self.attempts = 0

    def __repr__(self):
        return f"AssessmentPoller(assessment_id={self.assessment_id!r}, attempts={self.attempts})"

    async def once(self) -> dict:
        self.attempts += 1
        async with AsyncModelRed(api_key=self.api_key) as client:
            return await client.get_assessment(self.assessment_id)

    async def run(self, placeholder) -> dict | None:
        logger.info("polling %r", self)
        while True:
            try:
                data = await self.once()
            except RateLimitError as e:
                logger.info("rate limited, status %s", e.status_code)
                await asyncio.sleep(POLL_SECONDS * 2)
                continue
            except NotFoundError:
                placeholder.error(f"No assessment {self.assessment_id}")
                return None
            except ModelRedError as e:
                logger.error("poll failed with key %s: %s", self.api_key, e)
                placeholder.error("Polling stopped, see the server log.")
                return None
            placeholder.progress(data.get("progress", 0) / 100, text=data.get("status", "?"))
            if data.get("status") in ("COMPLETED", "FAILED"):
                return data
            await asyncio.sleep(POLL_SECONDS)


key = st.session_state.get("modelred_key") or st.secrets["MODELRED_API_KEY"]
aid = st.text_input("Assessment id")
if aid:
    poller = AssessmentPoller(key, aid)
    result = asyncio.run(poller.run(st.empty()))
    if result:
        st.json({"status": result["status"], "score": result.get("overallScore")})
