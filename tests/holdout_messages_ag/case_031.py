"""Telehealth visit summariser: websocket transcript -> summary; gen-3 sync ModelRed with MockTransport in tests."""
import logging
import os

import httpx
from modelred import ModelRed, ModelRedError, NotFound, RateLimited

log = logging.getLogger("telehealth.summary")

SUMMARY_MAX_TOKENS = 700
EXTRA_HEADERS = {"X-Client": "telehealth-summary/1.4"}


def modelred_client(transport: httpx.BaseTransport | None = None) -> ModelRed:
    key = os.environ["MODELRED_API_KEY"]
    return ModelRed(key, timeout=15.0, max_retries=1, transport=transport, extra_headers=EXTRA_HEADERS)


def latest_assessment(model_id: str) -> dict:
    with modelred_client() as mr:
        try:
            page = mr.list_assessments(model_id=model_id, limit=1)
        except NotFound:
            return {"model_id": model_id, "status": "unknown model"}
        except RateLimited as exc:
            return {"model_id": model_id, "status": "busy", "retry_after": getattr(exc, "retry_after", None)}
        except ModelRedError as exc:
            log.error("list_assessments failed for %s: %s", model_id, exc)
            return {"model_id": model_id, "status": "error", "message": exc.message if hasattr(exc, "message") else repr(exc)}
    items = page.get("data", [])
    return items[0] if items else {"model_id": model_id, "status": "none"}


def summarise(transcript: str, visit_id: str) -> str:
    from openai import OpenAI
    client = OpenAI()
    resp = client.chat.completions.create(model="gpt-4o", max_tokens=SUMMARY_MAX_TOKENS,
        messages=[{"role": "system", "content": "SOAP-format visit summary. Omit identifiers."},
                  {"role": "user", "content": transcript}])
    log.info("visit %s summarised with %d/%d tokens", visit_id, resp.usage.completion_tokens, SUMMARY_MAX_TOKENS)
    return resp.choices[0].message.content


def _mock_handler(request: httpx.Request) -> httpx.Response:
    log.debug("mock transport got %s %s client=%s", request.method, request.url.path, request.headers.get("x-client"))
    return httpx.Response(200, json={"data": []})


def offline_check() -> dict:
    with modelred_client(httpx.MockTransport(_mock_handler)) as mr:
        return mr.list_assessments(limit=1)


if __name__ == "__main__":
    print(offline_check())
    print(latest_assessment(os.environ.get("MODEL_ID", "telehealth-summary")))
