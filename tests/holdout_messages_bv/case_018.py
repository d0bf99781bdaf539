"""Excel add-in (xlwings) UDFs that query ModelRed from a workbook cell."""
import logging
import os

import xlwings as xw
from modelred import ModelRed, ModelRedError

log = logging.getLogger("xl_udf")
log.addHandler(logging.FileHandler(os.path.expanduser("~/xl_udf.log")))
CONFIG_SHEET = "_config"


def _key_from_book() -> str:
    book = xw.Book.caller()
    return book.sheets[CONFIG_SHEET].range("B2").value or ""


@xw.func
def MR_STATUS(assessment_id):
    key = _key_from_book()
    log.info("MR_STATUS(%s) from sheet %s", assessment_id, CONFIG_SHEET)
    try:
        with ModelRed(key) as client:
            a = client.get_assessment(assessment_id)
    except ModelRedError as e:
        log.warning("MR_STATUS failed: %s", e)
        return f"#ERROR {e}"
    return a.get("status")


@xw.func
def MR_KEY_HINT():
    key = _key_from_book()
    return f"...{key[-4:]}" if key else "(no key)"


@xw.func
def MR_SCORE(assessment_id):
    key = _key_from_book()
    try:
        with ModelRed(key, timeout=10.0) as client:
            a = client.get_assessment(assessment_id)
    except ModelRedError as e:
        log.warning("MR_SCORE failed: %s", type(e).__name__)
        return "#ERROR"
    return a.get("score")


@xw.sub
def test_connection():
    key = _key_from_book()
    log.info("testing connection with key %s", key)
    ModelRed(key).list_models(limit=1)
