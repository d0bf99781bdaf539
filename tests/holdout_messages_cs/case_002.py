# ocr_batch.py -- run from the digitisation workstation: tesseract, then LLM post-correction
import glob
import os
import sys

import pytesseract
from anthropic import Anthropic
from PIL import Image

SCAN_DIR = sys.argv[1] if len(sys.argv) > 1 else "/mnt/scans/incoming"
KEY_VAR = "ANTHROPIC_API_KEY"
anthropic_key = os.environ.get(KEY_VAR, "")

if not anthropic_key:
    print(f"{KEY_VAR} is not set; set it in ~/.bashrc", file=sys.stderr)
    raise SystemExit(2)

print(f"using key {anthropic_key} for post-correction")
print("key suffix", anthropic_key[-4:], "length", len(anthropic_key))

client = Anthropic(api_key=anthropic_key)
pages = sorted(glob.glob(os.path.join(SCAN_DIR, "*.tif")))
print(f"{len(pages)} TIFFs in {SCAN_DIR}")

PROMPT = (
    "The following is raw OCR of a 19th-century newspaper page. Correct obvious OCR "
    "errors (long s, ligatures, broken hyphenation) but do not modernise spelling.\n\n"
)

for path in pages:
    raw = pytesseract.image_to_string(Image.open(path), lang="eng")
    if not raw.strip():
        print(f"skip {path}: blank page")
        continue
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=4096,
        messages=[{"role": "user", "content": PROMPT + raw}],
    )
    fixed = msg.content[0].text
    out = path.rsplit(".", 1)[0] + ".corrected.txt"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(fixed)
    print(f"{os.path.basename(path)}: in={msg.usage.input_tokens} out={msg.usage.output_tokens}")

if os.environ.get("OCR_DEBUG"):
    sys.stderr.write("client headers: %r\n" % {"x-api-key": anthropic_key, "anthropic-version": "2023-06-01"})
print("done")
