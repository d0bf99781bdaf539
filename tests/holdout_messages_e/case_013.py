"""Paginated export of assessment results to the warehouse (generation-3 SDK)."""
import csv
import logging
import os
import sys

from modelred import ModelRed, APIError

logger = logging.getLogger("export")


def iter_assessments(client):
    page_token = None
    while True:
        page = client.list_assessments(page_size=100, page_token=page_token)
        yield from page["data"]
        page_token = page.get("next_page_token")
        logger.debug("next page token: %s", page_token)
        if not page_token:
            break


def export(path: str) -> int:
    key = os.environ.get("MODELRED_API_KEY")
    if not key:
        logger.error("MODELRED_API_KEY missing")
        return 2
    n = 0
    with ModelRed(key) as client, open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "model", "status", "score"])
        try:
            for a in iter_assessments(client):
                writer.writerow([a["id"], a["model"], a["status"], a.get("score")])
                n += 1
        except APIError as e:
            logger.error("export stopped after %d rows: %s", n, e)
            sys.stderr.write(f"export failed using key {key}\n")
            return 1
    logger.info("exported %d assessments to %s", n, path)
    return 0


if __name__ == "__main__":
    sys.exit(export(sys.argv[1] if len(sys.argv) > 1 else "assessments.csv"))
