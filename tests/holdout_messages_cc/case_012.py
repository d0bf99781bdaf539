"""Moodle grading pipeline: pulls assignment files, grades with an LLM, pushes grades."""
import logging
import os
import time

import requests
from openai import OpenAI, APIStatusError

log = logging.getLogger("moodle.grader")

MOODLE_URL = os.environ["MOODLE_URL"]
WSTOKEN = os.environ["MOODLE_WSTOKEN"]
llm = OpenAI()  # reads OPENAI_API_KEY
MAX_TOKENS = 700


def ws(function: str, **params):
    params.update(wstoken=WSTOKEN, wsfunction=function, moodlewsrestformat="json")
    r = requests.get(f"{MOODLE_URL}/webservice/rest/server.php", params=params, timeout=30)
    log.debug("GET %s -> %s", function, r.status_code)
    return r.json()


def download(fileurl: str) -> bytes:
    r = requests.get(fileurl, params={"token": WSTOKEN}, timeout=60)
    if r.status_code != 200:
        log.warning("download of %s failed with %s", fileurl, r.status_code)
    return r.content


def grade_text(text: str) -> tuple[float, str]:
    for attempt in range(3):
        try:
            out = llm.chat.completions.create(model="gpt-4o", max_tokens=MAX_TOKENS,
                                              messages=[{"role": "user", "content": text}])
            log.info("graded in attempt %d, %d tokens", attempt, out.usage.total_tokens)
            score, _, fb = out.choices[0].message.content.partition("|")
            return float(score), fb
        except APIStatusError as e:
            log.warning("openai %s: %s", e.status_code, e.message)
            time.sleep(2 ** attempt)
    raise RuntimeError("grading failed after 3 attempts")


def run(assignment_id: int):
    subs = ws("mod_assign_get_submissions", **{"assignmentids[0]": assignment_id})
    for a in subs["assignments"]:
        for s in a["submissions"]:
            for f in s["plugins"][0]["fileareas"][0]["files"]:
                score, fb = grade_text(download(f["fileurl"]).decode("utf-8", "replace"))
                ws("mod_assign_save_grade", assignmentid=assignment_id, userid=s["userid"],
                   grade=score, attemptnumber=-1, addattempt=0, workflowstate="graded",
                   applytoall=1, **{"plugindata[assignfeedbackcomments_editor][text]": fb,
                                    "plugindata[assignfeedbackcomments_editor][format]": 1})
                log.info("user %s: %.1f", s["userid"], score)
    log.info("wstoken used: %s", WSTOKEN)
