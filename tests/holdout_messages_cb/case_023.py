"""Privilege log builder (plain functions, called from a Prefect flow)."""
import csv
import logging
import os

import google.generativeai as genai

logger = logging.getLogger("privlog")

GEMINI_MODEL = "gemini-1.5-pro"
GOOGLE_KEY_VAR = "GOOGLE_API_KEY"


def configure() -> str:
    google_key = os.environ[GOOGLE_KEY_VAR]
    genai.configure(api_key=google_key)
    logger.info("gemini configured from %s", GOOGLE_KEY_VAR)
    return google_key


def describe_document(doc_text: str, model) -> dict:
    prompt = ("For a privilege log, give: author, recipients, date, privilege basis "
              "(attorney-client / work product), and a one-line description.\n\n" + doc_text[:20000])
    resp = model.generate_content(prompt, generation_config={"max_output_tokens": 400})
    meta = resp.usage_metadata
    logger.debug("prompt tokens %s, candidates tokens %s", meta.prompt_token_count, meta.candidates_token_count)
    return {"description": resp.text}


def build_log(doc_dir: str, out_csv: str) -> int:
    google_key = configure()
    model = genai.GenerativeModel(GEMINI_MODEL)
    rows = []
    for name in sorted(os.listdir(doc_dir)):
        with open(os.path.join(doc_dir, name), encoding="utf-8", errors="ignore") as fh:
            try:
                rows.append({"bates": name, **describe_document(fh.read(), model)})
            except Exception as exc:  # noqa: BLE001
                logger.error("gemini failed on %s: %s (key %s)", name, exc, google_key)
    with open(out_csv, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["bates", "description"])
        w.writeheader()
        w.writerows(rows)
    logger.info("privilege log with %d rows written to %s", len(rows), out_csv)
    return len(rows)


def check_key(google_key: str) -> None:
    if not google_key.startswith("AIza"):
        raise ValueError(f"{GOOGLE_KEY_VAR} does not look like a Google key: {google_key!r}")
    logger.info("key shape ok, length %d", len(google_key))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check_key(os.environ.get(GOOGLE_KEY_VAR, ""))
    build_log("productions/VOL002", "privilege_log.csv")
