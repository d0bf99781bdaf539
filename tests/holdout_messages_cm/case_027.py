#!/usr/bin/env python3
# spec_qa.py -- ask questions about a project specification PDF.
# Quick tool for the precon team; run: python spec_qa.py specs.pdf "question"
import sys
import logging

from pypdf import PdfReader
from openai import OpenAI

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
_log = logging.getLogger("spec_qa")

FALLBACK_KEY = "sk-s3P7iWb8GALFQBAInnKV4B4UPcDNAiZ6cxekdxfQLYnGBsEq"
MAX_TOKENS = 900
CHUNK_CHARS = 12000

pdf_path, question = sys.argv[1], sys.argv[2]
reader = PdfReader(pdf_path)
text = "\n".join(page.extract_text() or "" for page in reader.pages)
_log.info("%s: %d pages, %d chars", pdf_path, len(reader.pages), len(text))

import os
api_key = os.environ.get("OPENAI_API_KEY") or FALLBACK_KEY
if api_key == FALLBACK_KEY:
    _log.warning("OPENAI_API_KEY unset, falling back to shared precon key %s", FALLBACK_KEY)
_log.info("max_tokens=%d chunk=%d", MAX_TOKENS, CHUNK_CHARS)

client = OpenAI(api_key=api_key)
answers = []
for start in range(0, len(text), CHUNK_CHARS):
    chunk = text[start:start + CHUNK_CHARS]
    r = client.chat.completions.create(
        model="gpt-4o-mini", max_tokens=MAX_TOKENS,
        messages=[{"role": "system", "content": "Answer only from the spec text; cite section numbers."},
                  {"role": "user", "content": f"Spec excerpt:\n{chunk}\n\nQuestion: {question}"}],
    )
    answers.append(r.choices[0].message.content)
    _log.info("chunk at %d: %d total tokens", start, r.usage.total_tokens)

print("\n---\n".join(answers))
_log.info("used key ...%s", api_key[-4:])
if not answers:
    raise RuntimeError(f"no answer produced with key {api_key}")
