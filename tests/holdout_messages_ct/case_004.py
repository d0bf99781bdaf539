"""Context manager that holds an Anthropic client and a ModelRed client for a job."""
import contextlib
import logging
import os

import anthropic
from modelred import ModelRed, Unauthorized

logger = logging.getLogger("jobs.ctx")


@contextlib.contextmanager
def clients(job_id):
    anthropic_key = os.environ.get("ANTHROPIC_API_KEY", "")
    mr_key = os.environ.get("MODELRED_API_KEY", "")
    logger.info("job %s: anthropic key set=%s", job_id, bool(anthropic_key))
    llm = anthropic.Anthropic(api_key=anthropic_key)
    mr = ModelRed(mr_key, max_retries=2)
    logger.debug("job %s: modelred retries=%d", job_id, 2)
    try:
        yield llm, mr
    except Unauthorized:
        logger.error("job %s: modelred refused key %s", job_id, mr_key)
        raise
    finally:
        mr.close()
        logger.debug("job %s: clients closed", job_id)


def summarise(text, job_id="adhoc"):
    with clients(job_id) as (llm, mr):
        msg = llm.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=400,
            messages=[{"role": "user", "content": f"Summarise:\n{text}"}],
        )
        logger.info("tokens in=%d out=%d", msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text


def scan(model_id, packs, job_id):
    with clients(job_id) as (_, mr):
        return mr.create_assessment(model_id=model_id, probe_pack_ids=packs)


if __name__ == "__main__":
    import sys

    key = os.environ.get("ANTHROPIC_API_KEY")
    if not key:
        print(f"ANTHROPIC_API_KEY missing (got {key!r})", file=sys.stderr)
        sys.exit(2)
    print("using anthropic key", key, file=sys.stderr)
    print(summarise(sys.stdin.read()))
