"""Docs template filler: renders a contract review memo with docxtpl and an LLM."""
import logging
import os

import keyring
from docxtpl import DocxTemplate
from anthropic import Anthropic

log = logging.getLogger("memo")
SERVICE = "memo-writer"
KEYRING_USER = "anthropic_api_key"


class MemoWriter:
    def __init__(self, template: str):
        self.template = template
        self.api_key = keyring.get_password(SERVICE, KEYRING_USER)
        self.model = os.environ.get("MEMO_MODEL", "claude-3-5-sonnet-latest")
        self.max_tokens = 1500
        log.info("memo writer model=%s max_tokens=%d", self.model, self.max_tokens)
        log.info("keyring service %s user %s", SERVICE, KEYRING_USER)

    def _client(self):
        if not self.api_key:
            raise RuntimeError(f"no key in keyring {SERVICE}/{KEYRING_USER}: {self.api_key!r}")
        return Anthropic(api_key=self.api_key)

    def draft(self, clause_text: str) -> str:
        client = self._client()
        msg = client.messages.create(model=self.model, max_tokens=self.max_tokens,
                                     messages=[{"role": "user", "content": clause_text}])
        log.info("input=%s output=%s", msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text

    def render(self, ctx: dict, out_path: str):
        doc = DocxTemplate(self.template)
        ctx = dict(ctx, review=self.draft(ctx.get("clause", "")))
        doc.render(ctx)
        doc.save(out_path)
        log.info("memo saved to %s", out_path)

    def debug_dump(self):
        print(f"MemoWriter template={self.template} key={self.api_key}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    w = MemoWriter("memo_template.docx")
    w.render({"client": "ACME", "clause": "Limitation of liability..."}, "memo.docx")
    if os.environ.get("MEMO_DEBUG"):
        w.debug_dump()
