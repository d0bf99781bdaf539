"""Extract structured listings from scraped HTML with instructor + OpenAI."""
import logging
import os

import instructor
from bs4 import BeautifulSoup
from openai import OpenAI, AuthenticationError
from pydantic import BaseModel

logger = logging.getLogger(__name__)


class Listing(BaseModel):
    title: str
    price: float | None
    currency: str | None
    bedrooms: int | None


def make_client(api_key: str | None = None, base_url: str | None = None):
    api_key = api_key or os.getenv("OPENAI_API_KEY")
    if api_key is None:
        raise ValueError("OPENAI_API_KEY is not set and no api_key was passed")
    if not api_key.startswith("sk-"):
        raise ValueError("not an OpenAI key: " + api_key)
    logger.info("OpenAI client base_url=%s", base_url or "default")
    return instructor.from_openai(OpenAI(api_key=api_key, base_url=base_url))


def html_to_text(html: str) -> str:
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "nav", "footer"]):
        tag.decompose()
    return " ".join(soup.get_text(" ").split())[:12000]


def extract(client, html: str, model: str = "gpt-4o-mini") -> Listing:
    text = html_to_text(html)
    listing, completion = client.chat.completions.create_with_completion(
        model=model,
        response_model=Listing,
        max_tokens=512,
        messages=[{"role": "user", "content": f"Extract the listing:\n{text}"}],
    )
    logger.debug("extracted %s using %d tokens", listing.title, completion.usage.total_tokens)
    return listing


def run(pages: list[str], api_key: str):
    client = make_client(api_key)
    results = []
    for html in pages:
        try:
            results.append(extract(client, html))
        except AuthenticationError as e:
            logger.error("OpenAI auth failed (%s) for key %s", e.status_code, api_key)
            break
    return results
