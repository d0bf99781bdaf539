"""Site-photo assistant: captions progress photos and flags safety issues."""
import base64
import logging
from pathlib import Path

import keyring
import requests

plog = logging.getLogger("sitephoto")

KEYRING_SERVICE = "sitephoto-openai"


class PhotoCaptioner:
    endpoint = "https://api.openai.com/v1/chat/completions"

    def __init__(self, user: str):
        self.user = user
        self.api_key = keyring.get_password(KEYRING_SERVICE, user)
        if self.api_key is None:
            raise LookupError(f"no key in keyring service {KEYRING_SERVICE} for {user}")
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {self.api_key}"})
        plog.info("captioner ready for %s (key stored: %s)", user, self.api_key is not None)

    def caption(self, photo: Path, max_tokens: int = 300) -> str:
        data = base64.b64encode(photo.read_bytes()).decode()
        payload = {
            "model": "gpt-4o",
            "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": [
                {"type": "text", "text": "Caption this construction site photo; note PPE violations."},
                {"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{data}"}},
            ]}],
        }
        r = self.session.post(self.endpoint, json=payload, timeout=90)
        if not r.ok:
            plog.error("caption failed for %s: %s %s", photo.name, r.status_code, r.text)
            plog.debug("session headers were %s", dict(self.session.headers))
            return ""
        out = r.json()
        plog.info("photo %s: %s tokens", photo.name, out["usage"]["total_tokens"])
        return out["choices"][0]["message"]["content"]

    def rotate(self, new_key: str):
        keyring.set_password(KEYRING_SERVICE, self.user, new_key)
        plog.info("rotated sitephoto key for %s to %s", self.user, new_key)
        self.api_key = new_key


if __name__ == "__main__":
    import sys
    c = PhotoCaptioner(sys.argv[1])
    for p in sorted(Path(sys.argv[2]).glob("*.jpg")):
        print(p.name, "->", c.caption(p))
