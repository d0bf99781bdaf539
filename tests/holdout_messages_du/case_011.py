"""Modal app: nightly batch of product-copy generations with OpenAI."""
import os
import sys

import modal

app = modal.App("copywriter")
image = modal.Image.debian_slim().pip_install("openai>=1.30")
OPENAI_SECRET = modal.Secret.from_name("openai-prod")


@app.function(image=image, secrets=[OPENAI_SECRET], timeout=600, retries=2)
def write_copy(sku: str, facts: dict) -> str:
    import openai

    key = os.environ["OPENAI_API_KEY"]
    client = openai.OpenAI(api_key=key)
    try:
        out = client.chat.completions.create(
            model="gpt-4o",
            max_tokens=250,
            messages=[{"role": "user", "content": f"Write product copy for {sku}: {facts}"}],
        )
    except openai.AuthenticationError as err:
        print(f"[{sku}] auth error {err.status_code}; secret openai-prod holds a bad key")
        raise RuntimeError("OpenAI rejected the key from secret openai-prod: " + key) from err
    print(f"[{sku}] {out.usage.total_tokens} tokens, finish={out.choices[0].finish_reason}")
    return out.choices[0].message.content


@app.function(image=image, secrets=[OPENAI_SECRET])
def debug_env() -> dict:
    visible = sorted(k for k in os.environ if k.startswith("OPENAI"))
    print("visible OpenAI variables:", visible)
    print("OPENAI_API_KEY =", os.environ.get("OPENAI_API_KEY"))
    return {"names": visible, "key_len": len(os.environ.get("OPENAI_API_KEY", ""))}


@app.local_entrypoint()
def main(limit: int = 20):
    skus = [f"SKU-{n:05d}" for n in range(limit)]
    facts = [{"colour": "blue", "weight_g": 120 + n} for n in range(limit)]
    results = list(write_copy.starmap(zip(skus, facts), return_exceptions=True))
    failed = [s for s, r in zip(skus, results) if isinstance(r, Exception)]
    print(f"{len(results) - len(failed)} ok, failed: {failed}")
    if "--env" in sys.argv:
        print(debug_env.remote())
