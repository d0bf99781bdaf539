"""urllib3 client for the self-hosted judge; the token is sent as a header."""
import json
import logging
import os

import urllib3

log = logging.getLogger("judge.selfhosted")
http = urllib3.PoolManager(retries=urllib3.Retry(total=3, backoff_factor=0.5))

JUDGE_URL = os.environ.get("JUDGE_URL", "http://judge.internal:8080/v1/judge")
JUDGE_TOKEN_ENV = "JUDGE_TOKEN"


class JudgeUnavailable(Exception):
    pass


def judge(question: str, answer: str) -> dict:
    token = os.environ[JUDGE_TOKEN_ENV]
    hdrs = {"Authorization": "Token " + token, "Content-Type": "application/json"}
    resp = http.request("POST", JUDGE_URL, body=json.dumps({"q": question, "a": answer}), headers=hdrs)
    if resp.status >= 500:
        raise JudgeUnavailable(f"judge {resp.status}: {resp.data[:200]!r}")
    if resp.status == 401:
        raise JudgeUnavailable(f"judge refused {JUDGE_TOKEN_ENV}; sent headers {hdrs}")
    result = json.loads(resp.data)
    log.info("judge verdict %s in %sms (token_type=%s)", result["verdict"], result.get("ms"), result.get("token_type"))
    return result
