"""Firefox/Chrome extension companion API: clip a page, summarise, push to Todoist (FastAPI + gen-2 SDK)."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from modelred import ModelRed as ModelRedV2, ModelRedError, NotFoundError
from openai import OpenAI, APIStatusError

app = FastAPI()
log = logging.getLogger("clipper")

OPENAI_KEY = os.environ["OPENAI_API_KEY"]
PROJECT_HEADER = "X-Todoist-Project"
llm = OpenAI(api_key=OPENAI_KEY)


@app.post("/clip")
def clip(payload: dict, x_todoist_token: str = Header(...), x_todoist_project: str = Header("inbox")):
    log.info("clip %s into project %s", payload.get("url"), x_todoist_project)
    try:
        r = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=120, messages=[{"role": "user", "content": payload["text"][:8000]}])
    except APIStatusError as e:
        log.error("openai %s: %s", e.status_code, e.message)
        raise HTTPException(502, "summariser unavailable")
    title = r.choices[0].message.content
    import requests

    t = requests.post("https://api.todoist.com/rest/v2/tasks", json={"content": title, "description": payload["url"]}, headers={"Authorization": f"Bearer {x_todoist_token}"}, timeout=10)
    if t.status_code == 401:
        raise HTTPException(401, detail="Todoist rejected token " + x_todoist_token)
    log.info("todoist %s, header %s", t.status_code, PROJECT_HEADER)
    return {"title": title}


@app.get("/scan/{assessment_id}")
def scan_status(assessment_id: str, x_modelred_key: str = Header(...)):
    client = ModelRedV2(api_key=x_modelred_key)
    try:
        return client.get_assessment(assessment_id)
    except NotFoundError:
        raise HTTPException(404, "no such assessment")
    except ModelRedError as e:
        log.warning("ModelRed %s for key %s", type(e).__name__, x_modelred_key)
        raise HTTPException(502, detail=str(e))


@app.get("/whoami")
def whoami(x_todoist_token: str = Header(None)):
    if not x_todoist_token:
        log.info("anonymous whoami, token=%r", x_todoist_token)
        return {"user": None}
    return {"user": "todoist", "token_len": len(x_todoist_token)}
