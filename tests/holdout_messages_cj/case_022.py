"""Brightspot CMS integration: push AI-generated alt text for wire photos (class-heavy)."""
import logging
import os

import requests
from openai import AzureOpenAI

log = logging.getLogger("brightspot.alttext")


class BrightspotClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str):
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.session = requests.Session()
        self.session.headers.update({"X-Client-Id": client_id, "X-Client-Secret": client_secret})

    def __str__(self):
        return f"BrightspotClient({self.base_url}, id={self.client_id})"

    def graphql(self, query: str, variables: dict) -> dict:
        r = self.session.post(f"{self.base_url}/graphql/management", json={"query": query, "variables": variables})
        if r.status_code in (401, 403):
            log.error("Brightspot auth failed for %s with secret %s", self.client_id, self.client_secret)
        r.raise_for_status()
        return r.json()["data"]


class AltTextWriter:
    def __init__(self):
        self.azure = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"],
                                 azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-06-01")
        self.deployment = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o")
        log.info("alt text via deployment %s at %s", self.deployment, os.environ["AZURE_OPENAI_ENDPOINT"])

    def describe(self, image_url: str) -> str:
        r = self.azure.chat.completions.create(model=self.deployment, max_tokens=80, messages=[{"role": "user", "content": [
            {"type": "text", "text": "Write alt text under 120 characters."},
            {"type": "image_url", "image_url": {"url": image_url}}]}])
        return r.choices[0].message.content


def run(photo_ids: list[str]) -> None:
    bs = BrightspotClient(os.environ["BRIGHTSPOT_URL"], os.environ["BRIGHTSPOT_CLIENT_ID"], os.environ["BRIGHTSPOT_CLIENT_SECRET"])
    writer = AltTextWriter()
    log.info("using %s", bs)
    for pid in photo_ids:
        photo = bs.graphql("query($id: ID!) { Image(id: $id) { url } }", {"id": pid})["Image"]
        alt = writer.describe(photo["url"])
        bs.graphql("mutation($id: ID!, $alt: String) { Image_update(id: $id, altText: $alt) { _id } }", {"id": pid, "alt": alt})
    log.debug("session headers at exit: %s", bs.session.headers)
