"""PDF summariser: extracts text with pypdf and summarises it with an LLM."""
import argparse
import logging
import os
import sys

from pypdf import PdfReader
from openai import OpenAI, AuthenticationError as OpenAIAuthError

log = logging.getLogger("pdfsum")
MAX_PAGES = 40


def read_pdf(path: str) -> str:
    reader = PdfReader(path)
    pages = reader.pages[:MAX_PAGES]
    log.info("read %d of %d pages", len(pages), len(reader.pages))
    return "\n".join(p.extract_text() or "" for p in pages)


def summarise(text: str, api_key: str, model: str) -> str:
    client = OpenAI(api_key=api_key)
    try:
        r = client.chat.completions.create(model=model, max_tokens=800,
                                           messages=[{"role": "user", "content": text[:60000]}])
    except OpenAIAuthError as e:
        log.error("openai auth failed: %s", e.code)
        raise SystemExit(1)
    log.info("prompt=%s completion=%s", r.usage.prompt_tokens, r.usage.completion_tokens)
    return r.choices[0].message.content


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--model", default="gpt-4o-mini")
    ap.add_argument("--api-key", default=os.environ.get("OPENAI_API_KEY"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    if args.verbose:
        log.debug("args: %s", vars(args))
        log.debug("model %s", args.model)
    if not args.api_key:
        print("set OPENAI_API_KEY or pass --api-key", file=sys.stderr)
        return 2
    if not args.api_key.startswith("sk-"):
        raise ValueError("not an OpenAI key: " + args.api_key)
    print(summarise(read_pdf(args.pdf), args.api_key, args.model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
