"""Mistral embeddings worker; credentials live in an INI file, /etc/embedder/embedder.ini."""
import configparser
import logging
import os

import requests

log = logging.getLogger("embedder")

DEFAULT_INI = "/etc/embedder/embedder.ini"


def read_config(path: str | None = None) -> configparser.ConfigParser:
    cp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
    found = cp.read([path or DEFAULT_INI, os.path.expanduser("~/.embedder.ini")])
    log.info("config files read: %s; sections: %s", found, cp.sections())
    return cp


class MistralEmbedder:
    def __init__(self, cp: configparser.ConfigParser):
        self.endpoint = cp.get("mistral", "endpoint", fallback="https://api.mistral.ai/v1")
        self.model = cp.get("mistral", "model", fallback="mistral-embed")
        self.batch = cp.getint("mistral", "batch_size", fallback=32)
        self._key = cp.get("mistral", "api_key")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self._key}"

    def embed(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in range(0, len(texts), self.batch):
            chunk = texts[i : i + self.batch]
            resp = self.session.post(f"{self.endpoint}/embeddings", json={"model": self.model, "input": chunk}, timeout=30)
            if resp.status_code == 401:
                raise PermissionError(f"Mistral rejected api_key {self._key} from [mistral] section")
            if resp.status_code >= 400:
                raise RuntimeError(f"embeddings failed: {resp.status_code} {resp.text[:200]}")
            data = resp.json()
            log.debug("batch %d: %d prompt tokens", i // self.batch, data["usage"]["prompt_tokens"])
            out.extend(item["embedding"] for item in data["data"])
        return out


def main() -> None:
    cp = read_config(os.environ.get("EMBEDDER_INI"))
    if not cp.has_option("mistral", "api_key"):
        raise KeyError("option api_key missing in section [mistral]")
    emb = MistralEmbedder(cp)
    vectors = emb.embed(["hello", "world"])
    print(f"{len(vectors)} vectors of dim {len(vectors[0])} via {emb.endpoint}")


if __name__ == "__main__":
    main()
