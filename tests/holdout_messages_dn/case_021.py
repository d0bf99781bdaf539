import os, asyncio, json
import aiohttp

ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]
URL = "https://api.anthropic.com/v1/messages"
H = {"x-api-key": ANTHROPIC_KEY, "anthropic-version": "2023-06-01", "content-type": "application/json"}
print("anthropic version", H["anthropic-version"])
sem = asyncio.Semaphore(5)


async def one(session, i, q):
    async with sem:
        body = {"model": "claude-3-haiku-20240307", "max_tokens": 256, "messages": [{"role": "user", "content": q}]}
        async with session.post(URL, headers=H, json=body) as r:
            if r.status != 200:
                txt = await r.text()
                print(i, "error", r.status, txt[:200])
                if r.status == 401:
                    raise RuntimeError(f"401 using headers {H}")
                return None
            res = await r.json()
            print(i, "tokens", res["usage"]["output_tokens"])
            return res["content"][0]["text"]


async def main(qs):
    async with aiohttp.ClientSession() as s:
        out = await asyncio.gather(*[one(s, i, q) for i, q in enumerate(qs)], return_exceptions=True)
    for i, o in enumerate(out):
        if isinstance(o, RuntimeError):
            print(i, "auth problem")
        elif isinstance(o, Exception):
            print(i, "other error", type(o).__name__)
    return out


def load(path="prompts.jsonl"):
    with open(path) as f:
        return [json.loads(l)["prompt"] for l in f if l.strip()]


if __name__ == "__main__":
    qs = load()
    print("running", len(qs), "prompts with", H)
    res = asyncio.run(main(qs))
    good = [r for r in res if isinstance(r, str)]
    print(len(good), "ok")
    with open("out.json", "w") as f:
        json.dump(good, f)
