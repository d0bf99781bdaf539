"""Modal app that serves a judge endpoint; secrets come from Modal's secret store."""
import os

import modal

app = modal.App("llm-judge")
image = modal.Image.debian_slim().pip_install("openai", "fastapi")
secrets = [modal.Secret.from_name("openai-prod"), modal.Secret.from_name("judge-auth")]


@app.function(image=image, secrets=secrets, timeout=300)
def judge(prompt: str, answer: str, max_tokens: int = 64) -> dict:
    from openai import OpenAI, APIStatusError

    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    try:
        out = client.chat.completions.create(
            model="gpt-4o-mini", max_tokens=max_tokens,
            messages=[{"role": "system", "content": "Score 1-10."},
                      {"role": "user", "content": f"{prompt}\n---\n{answer}"}])
    except APIStatusError as err:
        print(f"judge call failed with {err.status_code} (request {err.request_id})")
        return {"score": None, "error": err.status_code}
    print(f"judge used {out.usage.total_tokens} tokens")
    return {"score": out.choices[0].message.content.strip()}


@app.function(image=image, secrets=secrets)
def debug_env() -> None:
    present = sorted(k for k in os.environ if k.endswith(("_KEY", "_TOKEN")))
    print("secret env vars present:", present)
    print("full environment:", dict(os.environ))


@app.function(image=image, secrets=secrets)
@modal.web_endpoint(method="POST")
def endpoint(body: dict, authorization: str | None = None):
    from fastapi import HTTPException

    expected = os.environ["JUDGE_BEARER"]
    if authorization != f"Bearer {expected}":
        print(f"rejected bearer {authorization}")
        raise HTTPException(status_code=401, detail="invalid bearer token")
    return judge.remote(body["prompt"], body["answer"])


@app.local_entrypoint()
def main():
    print(judge.remote("2+2?", "4"))
