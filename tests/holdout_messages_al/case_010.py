"""Records-request (FOIA) portal: batch-summarise responsive documents for the records officer."""
import argparse
import logging
import os
import sys
from pathlib import Path

import google.generativeai as genai

log = logging.getLogger("foia.summarise")


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("folder", type=Path)
    p.add_argument("--api-key", default=os.environ.get("GOOGLE_API_KEY"))
    p.add_argument("--model", default="gemini-1.5-flash")
    p.add_argument("--max-output-tokens", type=int, default=512)
    return p.parse_args()


def summarise(path: Path, model) -> str:
    text = path.read_text(errors="ignore")
    resp = model.generate_content("Summarise for a FOIA response log:\n" + text[:20000])
    log.info("%s: %s prompt tokens", path.name, resp.usage_metadata.prompt_token_count)
    return resp.text


def main():
    args = parse_args()
    logging.basicConfig(level=logging.INFO)
    log.info("args: %s", vars(args))
    log.info("model=%s max_output_tokens=%d", args.model, args.max_output_tokens)
    if not args.api_key:
        raise SystemExit("set GOOGLE_API_KEY or pass --api-key")
    log.info("key from flag or env: %s", "flag" if "--api-key" in sys.argv else "env")
    genai.configure(api_key=args.api_key)
    print("Gemini configured with key", args.api_key, file=sys.stderr)
    model = genai.GenerativeModel(args.model, generation_config={"max_output_tokens": args.max_output_tokens})
    out = args.folder / "summaries.md"
    with out.open("w") as fh:
        for doc in sorted(args.folder.glob("*.txt")):
            fh.write(f"## {doc.name}\n\n{summarise(doc, model)}\n\n")
    log.info("wrote %s", out)


if __name__ == "__main__":
    main()
