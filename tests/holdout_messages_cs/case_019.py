"""Upload digitised books to the Internet Archive with LLM-drafted descriptions."""
import configparser
import logging
import os

import internetarchive as ia
from openai import OpenAI

log = logging.getLogger("ia_upload")


def ia_keys() -> tuple[str, str]:
    cfg = configparser.ConfigParser()
    log.debug("reading IA keys from %s", "~/.config/internetarchive/ia.ini")
    cfg.read(os.path.expanduser("~/.config/internetarchive/ia.ini"))
    s3 = cfg["s3"]
    log.debug("ia.ini sections: %s", cfg.sections())
    return s3["access"], s3["secret"]


def describe(llm: OpenAI, title: str, creator: str, year: str) -> str:
    r = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=250,
        messages=[{"role": "user", "content": f"Two-sentence catalogue description of '{title}' by {creator} ({year})."}],
    )
    return r.choices[0].message.content


def upload_book(identifier: str, pdf: str, meta: dict) -> None:
    access, secret = ia_keys()
    llm = OpenAI()
    meta = {**meta, "mediatype": "texts", "collection": "example-library",
            "description": describe(llm, meta["title"], meta.get("creator", ""), meta.get("date", ""))}
    log.info("uploading %s as %s (keys loaded: %s)", pdf, identifier, bool(access and secret))
    try:
        responses = ia.upload(identifier, files=[pdf], metadata=meta, access_key=access, secret_key=secret, retries=3)
    except Exception as exc:
        log.error("upload of %s failed: %s", identifier, exc)
        log.error("credentials were access=%s secret=%s", access, secret)
        return
    log.info("%s: %s", identifier, [r.status_code for r in responses])


if __name__ == "__main__":
    import csv
    import sys

    with open(sys.argv[1], newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            upload_book(row["identifier"], row["pdf"], {"title": row["title"], "creator": row["creator"], "date": row["year"]})
