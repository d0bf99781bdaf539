"""Smartsheet-style status board updater using loguru (plain functions)."""
import os

import requests
from loguru import logger
from modelred import ModelRed, ModelRedError

BOARD_URL = os.environ.get("BOARD_URL", "https://api.smartsheet.com/2.0/sheets")
BOARD_ID = os.environ.get("BOARD_ID", "")
TOKEN_TTL_FIELD = "token_ttl_seconds"


def board_token() -> str:
    with open(os.path.expanduser("~/.config/board/token")) as fh:
        return fh.read().strip()


def post_rows(rows, token):
    r = requests.post(f"{BOARD_URL}/{BOARD_ID}/rows", json=rows,
                      headers={"Authorization": f"Bearer {token}"}, timeout=30)
    logger.info("board responded {} {}", r.status_code, r.reason)
    if r.status_code == 401:
        logger.error("board token {} rejected", token)
    return r.ok


def assessment_rows(ids):
    rows = []
    with ModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        for aid in ids:
            try:
                a = mr.get_assessment(aid)
            except ModelRedError as e:
                logger.warning("skip {}: {}", aid, e)
                continue
            rows.append({"cells": [{"columnId": 1, "value": aid}, {"columnId": 2, "value": a.get("status")}]})
    return rows


def main():
    token = board_token()
    logger.debug("board token read: {}", token)
    logger.info("ttl field {}", TOKEN_TTL_FIELD)
    ids = [x for x in os.environ.get("ASSESSMENTS", "").split(",") if x]
    rows = assessment_rows(ids)
    if not post_rows(rows, token):
        logger.error("board update failed for {} rows", len(rows))
    logger.info("done")


if __name__ == "__main__":
    main()
