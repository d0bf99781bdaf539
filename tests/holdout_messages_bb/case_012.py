"""Watch the plate-reader export folder, push results to the LIMS, register the QC model once."""
import asyncio
import logging
import os
import sys
from pathlib import Path

import httpx
from modelred import ModelRed, ModelRedError
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("platewatch")

EXPORT_DIR = Path(os.environ.get("PLATE_EXPORT_DIR", r"D:\SoftMaxPro\Exports"))
LIMS_URL = os.environ["LIMS_URL"]
LIMS_TOKEN = os.environ["LIMS_TOKEN"]
QC_OPENAI_KEY = os.environ.get("QC_OPENAI_KEY", "")


class ExportHandler(FileSystemEventHandler):
    def on_created(self, event):
        if event.is_directory or not event.src_path.endswith(".txt"):
            return
        path = Path(event.src_path)
        with httpx.Client(timeout=30) as http:
            r = http.post(
                f"{LIMS_URL}/api/plates/import",
                headers={"Authorization": f"Token {LIMS_TOKEN}"},
                files={"file": (path.name, path.read_bytes())},
            )
        if r.status_code >= 400:
            log.error("LIMS import of %s failed: %s %s", path.name, r.status_code, r.text[:200])
        else:
            log.info("imported %s as plate %s", path.name, r.json().get("plate_id"))


async def register_qc_model() -> None:
    try:
        async with ModelRed() as mr:
            await mr.register_openai_model(
                model_id="plate-qc-gpt4o-mini",
                api_key=QC_OPENAI_KEY,
                model_name="gpt-4o-mini",
                max_tokens=400,
            )
    except ModelRedError as exc:
        log.warning("QC model registration failed (%s)", type(exc).__name__)
        print(f"register manually with OpenAI key {QC_OPENAI_KEY}", file=sys.stderr)


if __name__ == "__main__":
    log.info("QC OpenAI key configured: %s", QC_OPENAI_KEY != "")
    asyncio.run(register_qc_model())
    log.info("watching %s, posting to %s (token ...%s)", EXPORT_DIR, LIMS_URL, LIMS_TOKEN[-4:])
    obs = Observer()
    obs.schedule(ExportHandler(), str(EXPORT_DIR), recursive=False)
    obs.start()
    try:
        obs.join()
    except KeyboardInterrupt:
        obs.stop()
