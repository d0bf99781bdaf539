# PDF summarisation pipeline, run nightly from cron:  python case_010.py /data/inbox
import glob
import logging
import sys

import pdfplumber
from openai import OpenAI

OPENAI_KEY = "sk-mU3WJi4AkDdGrsqaCwNL1koRSDJ7Tx7bZMz8kEihaOggUyOO"
SUMMARY_MODEL = "gpt-4o-mini"
MAX_OUTPUT_TOKENS = 400

logging.basicConfig(filename="/var/log/pdf_pipeline.log", level=logging.INFO)
log = logging.getLogger("pdf_pipeline")

inbox = sys.argv[1] if len(sys.argv) > 1 else "/data/inbox"
files = sorted(glob.glob(f"{inbox}/*.pdf"))
log.info("found %d PDFs in %s", len(files), inbox)
log.info("model %s, max_output_tokens %d", SUMMARY_MODEL, MAX_OUTPUT_TOKENS)
log.info("using OpenAI key %s", OPENAI_KEY)

client = OpenAI(api_key=OPENAI_KEY)
total_tokens = 0

for path in files:
    with pdfplumber.open(path) as pdf:
        text = "\n".join((p.extract_text() or "") for p in pdf.pages)
    if not text.strip():
        log.warning("%s: no text layer, needs OCR", path)
        continue
    resp = client.chat.completions.create(
        model=SUMMARY_MODEL,
        max_tokens=MAX_OUTPUT_TOKENS,
        messages=[{"role": "system", "content": "Summarise this business document in five bullet points."}, {"role": "user", "content": text[:60000]}],
    )
    total_tokens += resp.usage.total_tokens
    with open(path[:-4] + ".summary.md", "w") as out:
        out.write(resp.choices[0].message.content)
    log.info("%s summarised (%d tokens)", path, resp.usage.total_tokens)

print(f"done: {len(files)} files, {total_tokens} tokens")
if total_tokens > 2_000_000:
    print(f"token budget exceeded on key sk-...{OPENAI_KEY[-4:]}", file=sys.stderr)
