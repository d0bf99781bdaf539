"""HTTP front for the transcript-summary queue: FastAPI enqueues, an RQ worker runs the job."""
import logging

from anthropic import Anthropic
from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from redis import Redis
from rq import Queue
from rq.job import Job

api = FastAPI()
redis_conn = Redis(host="redis", port=6379)
q = Queue("transcripts", connection=redis_conn)
log = logging.getLogger("transcripts.api")


class SummaryRequest(BaseModel):
    transcript_id: str
    text: str
    max_tokens: int = 400


def summarise_job(text: str, anthropic_key: str, max_tokens: int) -> str:
    client = Anthropic(api_key=anthropic_key)
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=max_tokens,
                                 messages=[{"role": "user", "content": "Summarise:\n" + text}])
    return msg.content[0].text


@api.post("/summaries")
def enqueue(req: SummaryRequest, x_anthropic_key: str = Header(...)):
    if not x_anthropic_key.startswith("sk-ant-"):
        raise HTTPException(status_code=400, detail=f"not an Anthropic key: {x_anthropic_key}")
    log.info("enqueue %s (max_tokens=%d) for key %s", req.transcript_id, req.max_tokens, x_anthropic_key)
    job = q.enqueue(summarise_job, req.text, x_anthropic_key, req.max_tokens, job_timeout=300, result_ttl=3600)
    log.info("job %s queued; header x-anthropic-key present", job.id)
    return {"job_id": job.id, "position": q.count}


@api.get("/summaries/{job_id}")
def status(job_id: str):
    job = Job.fetch(job_id, connection=redis_conn)
    if job.is_failed:
        log.warning("job %s failed", job_id)
        return {"status": "failed"}
    log.debug("job %s has %d args, max_tokens %s", job_id, len(job.args), job.args[2])
    return {"status": job.get_status(), "result": job.result}
