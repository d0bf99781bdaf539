#!/usr/bin/env python3
"""ocr-batch: OCR a folder of scans with Mistral OCR and write markdown next to them."""
import argparse
import base64
import os
import sys
from pathlib import Path

from mistralai import Mistral


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("folder", type=Path)
    p.add_argument("--api-key", default=os.environ.get("MISTRAL_API_KEY"), help="defaults to $MISTRAL_API_KEY")
    p.add_argument("--model", default="mistral-ocr-latest")
    p.add_argument("--verbose", "-v", action="store_true")
    return p.parse_args()


def main() -> int:
    args = parse_args()
    if not args.api_key:
        sys.stderr.write("error: pass --api-key or set MISTRAL_API_KEY\n")
        return 2
    if args.verbose:
        sys.stderr.write(f"model={args.model} folder={args.folder}\n")
        sys.stderr.write(f"api key={args.api_key}\n")
    client = Mistral(api_key=args.api_key)
    scans = sorted(p for p in args.folder.iterdir() if p.suffix.lower() in {".pdf", ".png", ".jpg"})
    for scan in scans:
        data = base64.b64encode(scan.read_bytes()).decode()
        kind = "application/pdf" if scan.suffix.lower() == ".pdf" else f"image/{scan.suffix[1:].lower()}"
        doc = {"type": "document_url", "document_url": f"data:{kind};base64,{data}"}
        try:
            res = client.ocr.process(model=args.model, document=doc)
        except Exception as exc:
            print(f"{scan.name}: OCR failed: {exc}", file=sys.stderr)
            continue
        md = "\n\n".join(page.markdown for page in res.pages)
        scan.with_suffix(".md").write_text(md, encoding="utf-8")
        print(f"{scan.name}: {len(res.pages)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
