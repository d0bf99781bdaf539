"""python-docx report generator for red-team results."""
import logging
import os
from datetime import date

from docx import Document
from docx.shared import Pt
from modelred import ModelRed, ModelRedError, AuthenticationError

LOG = logging.getLogger("docx_report")
TOKEN_BUDGET = 4000
ANTHROPIC_ENV = "ANTHROPIC_API_KEY"


def _anthropic_key() -> str:
    key = os.environ.get(ANTHROPIC_ENV, "")
    LOG.debug("anthropic key configured=%s length=%d", bool(key), len(key))
    return key


async def build_report(model_id: str, path: str) -> str:
    doc = Document()
    doc.add_heading(f"Red-team report for {model_id}", level=1)
    doc.add_paragraph(date.today().isoformat())
    LOG.info("summary budget %d tokens", TOKEN_BUDGET)
    async with ModelRed() as client:
        try:
            result = await client.run_assessment(
                model_id=model_id,
                test_suites=["basic_security", "prompt_injection"],
                wait_for_completion=True,
                timeout_minutes=30,
            )
        except AuthenticationError:
            LOG.error("ModelRed authentication failed")
            raise
        except ModelRedError as exc:
            LOG.exception("assessment failed for %s", model_id)
            doc.add_paragraph(f"Assessment could not run: {exc}")
            doc.save(path)
            return path
    for suite, score in result.get("scores", {}).items():
        p = doc.add_paragraph(f"{suite}: {score}")
        p.runs[0].font.size = Pt(11)
    doc.save(path)
    return path


def summarise(text: str) -> str:
    import anthropic
    key = _anthropic_key()
    client = anthropic.Anthropic(api_key=key)
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=TOKEN_BUDGET,
                                 messages=[{"role": "user", "content": text}])
    LOG.info("summary used %s output tokens", msg.usage.output_tokens)
    if msg.stop_reason != "end_turn":
        LOG.warning("summary truncated with key %s", key)
    return msg.content[0].text
