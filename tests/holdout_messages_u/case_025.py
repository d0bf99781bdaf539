"""Pre-annotate Label Studio tasks with an LLM and push predictions back."""
import logging
import os

import requests

log = logging.getLogger("ls_preannotate")

LS_URL = os.getenv("LABEL_STUDIO_URL", "http://label-studio.internal:8080")


def ls_headers() -> dict:
    return {"Authorization": f"Token {os.environ['LABEL_STUDIO_API_KEY']}"}


def tasks(project: int) -> list[dict]:
    h = ls_headers()
    r = requests.get(f"{LS_URL}/api/projects/{project}/tasks", headers=h, params={"page_size": 500}, timeout=30)
    if r.status_code != 200:
        log.warning("task list %s: HTTP %s headers=%s", project, r.status_code, h)
        log.warning("response body: %s", r.text[:500])
        return []
    return r.json()


def predict(text: str, llm_key: str) -> str:
    r = requests.post("https://api.mistral.ai/v1/chat/completions",
                      headers={"Authorization": f"Bearer {llm_key}"},
                      json={"model": "mistral-small-latest", "max_tokens": 4,
                            "messages": [{"role": "user", "content": f"POS, NEG or NEU? {text}"}]}, timeout=30)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].strip()


def push(project: int, model_version: str = "mistral-small-v1") -> None:
    llm_key = os.environ["MISTRAL_API_KEY"]
    h = ls_headers()
    for t in tasks(project):
        try:
            label = predict(t["data"]["text"], llm_key)
        except requests.HTTPError as exc:
            log.error("prediction failed for task %s: %s", t["id"], exc.response.status_code)
            continue
        body = {"task": t["id"], "model_version": model_version,
                "result": [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [label]}}]}
        r = requests.post(f"{LS_URL}/api/predictions", headers=h, json=body, timeout=30)
        log.info("task %s -> %s (%s)", t["id"], label, r.status_code)
    log.info("done with project %s using mistral key ...%s", project, llm_key[-4:])


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    push(int(sys.argv[1]))
