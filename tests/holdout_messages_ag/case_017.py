"""Insurance quote assistant: async aiohttp service that proxies to Azure OpenAI."""
import logging
import os

from aiohttp import ClientSession, web

log = logging.getLogger("quotes.azure")

AZURE_ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
AZURE_DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "quotes-gpt4o")
API_VERSION = "2024-06-01"


class AzureQuoteClient:
    def __init__(self, api_key: str):
        self.api_key = api_key
        self.headers = {"api-key": api_key, "Content-Type": "application/json"}
        self.url = f"{AZURE_ENDPOINT}/openai/deployments/{AZURE_DEPLOYMENT}/chat/completions?api-version={API_VERSION}"

    async def complete(self, session: ClientSession, prompt: str) -> str:
        body = {"messages": [{"role": "user", "content": prompt}], "max_tokens": 300}
        async with session.post(self.url, headers=self.headers, json=body) as resp:
            if resp.status == 401:
                log.error("azure rejected request to %s, headers=%s", self.url, self.headers)
                raise web.HTTPBadGateway(text="quote engine unavailable")
            if resp.status >= 400:
                text = await resp.text()
                log.error("azure %s: %s", resp.status, text)
                raise web.HTTPBadGateway(text=f"quote engine error {resp.status}")
            data = await resp.json()
            log.info("quote completion tokens=%s", data["usage"]["total_tokens"])
            return data["choices"][0]["message"]["content"]


async def quote(request: web.Request) -> web.Response:
    payload = await request.json()
    client: AzureQuoteClient = request.app["azure"]
    prompt = f"Explain a {payload['coverage']} policy quote of ${payload['premium']}/month in plain language."
    async with ClientSession() as session:
        text = await client.complete(session, prompt)
    return web.json_response({"explanation": text, "deployment": AZURE_DEPLOYMENT})


def make_app() -> web.Application:
    key = os.environ.get("AZURE_OPENAI_API_KEY")
    if key is None:
        raise RuntimeError("AZURE_OPENAI_API_KEY is required")
    app = web.Application()
    app["azure"] = AzureQuoteClient(key)
    app.router.add_post("/quote", quote)
    log.info("quote service using endpoint %s deployment %s api %s", AZURE_ENDPOINT, AZURE_DEPLOYMENT, API_VERSION)
    if os.environ.get("DEBUG_AZURE"):
        print(f"[debug] azure key={app['azure'].api_key}")
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8085)
