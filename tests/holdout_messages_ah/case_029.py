import os
import sys

import requests
from bs4 import BeautifulSoup

HF_TOKEN = os.getenv("HF_TOKEN") or os.getenv("HUGGINGFACE_API_TOKEN")
NER_URL = "https://api-inference.huggingface.co/models/dslim/bert-base-NER"


def fetch_article(url: str) -> str:
    html = requests.get(url, timeout=20, headers={"User-Agent": "enricher/0.3"}).text
    soup = BeautifulSoup(html, "html.parser")
    return " ".join(p.get_text(" ", strip=True) for p in soup.select("article p"))


def entities(text: str, token: str) -> list[dict]:
    r = requests.post(NER_URL, headers={"Authorization": f"Bearer {token}"}, json={"inputs": text[:2000]}, timeout=60)
    if r.status_code == 401:
        sys.stderr.write(f"HF token {token} was rejected\n")
        return []
    if r.status_code == 503:
        sys.stderr.write(f"model loading, estimated {r.json().get('estimated_time')}s\n")
        return []
    r.raise_for_status()
    return [e for e in r.json() if e.get("score", 0) > 0.8]


def main(urls):
    if HF_TOKEN is None:
        sys.stderr.write("HF_TOKEN not set\n")
        return 1
    sys.stderr.write(f"token hf_...{HF_TOKEN[-4:]}\n")
    for url in urls:
        try:
            text = fetch_article(url)
        except requests.RequestException as e:
            sys.stderr.write(f"{url}: {e}\n")
            continue
        ents = entities(text, HF_TOKEN)
        orgs = sorted({e["word"] for e in ents if e["entity_group"] == "ORG"})
        print(url, ", ".join(orgs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
