"""Worker thread running ModelRed scans off the GUI thread; results go out by signals."""
import logging

from PyQt6.QtCore import QObject, QThread, pyqtSignal, pyqtSlot

from modelred import ModelRed, ModelRedError, RateLimited, ServerError

logger = logging.getLogger("scanner.worker")
RETRYABLE = (RateLimited, ServerError)


class ScanWorker(QObject):
    progress = pyqtSignal(str)
    finished = pyqtSignal(dict)
    failed = pyqtSignal(str)

    def __init__(self, api_key: str, model_id: str, packs: list[str]):
        super().__init__()
        logger.debug("worker created for %s with api key %s", model_id, api_key)
        self._client = ModelRed(api_key, timeout=30.0, max_retries=0)
        self.model_id = model_id
        self.packs = packs

    @pyqtSlot()
    def run(self):
        for attempt in range(3):
            try:
                job = self._client.create_assessment(model_id=self.model_id, probe_pack_ids=self.packs)
                break
            except RETRYABLE as exc:
                self.progress.emit(f"retrying after {type(exc).__name__} (attempt {attempt + 1})")
                QThread.sleep(2 ** attempt)
            except ModelRedError as exc:
                logger.error("scan of %s failed: %s", self.model_id, exc)
                self.failed.emit(f"Scan of {self.model_id} failed: {exc}")
                return
        else:
            self.failed.emit("ModelRed is unavailable, try again later")
            return
        self.progress.emit(f"assessment {job['id']} queued")
        self.finished.emit(job)


def start_scan(window, api_key, model_id, packs):
    thread = QThread(window)
    worker = ScanWorker(api_key, model_id, packs)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.failed.connect(window.show_error)
    worker.progress.connect(window.statusBar().showMessage)
    worker.finished.connect(thread.quit)
    thread.start()
    window._scan = (thread, worker)
    return worker
