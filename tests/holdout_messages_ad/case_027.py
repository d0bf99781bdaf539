"""Demo build of the scanner GUI: ships with a shared trial key for the sales laptops."""
import logging

from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from modelred import ModelRed, ModelRedError

logger = logging.getLogger("demo")
DEMO_KEY_LABEL = "Trial key (sales)"
_trial = "mr_apHDlcmQePfR2W5P101KFX4gkZFSC36w1KwLcEnb"
TRIAL_MAX_TOKENS = 256


def client_for(user_key: str | None = None) -> ModelRed:
    key = user_key or _trial
    logger.info("demo client using %s", "user key" if user_key else DEMO_KEY_LABEL)
    if key is _trial:
        logger.debug("trial key is %s", _trial)
    return ModelRed(key, timeout=15.0)


def ask_key(parent) -> str | None:
    key, ok = QInputDialog.getText(parent, "ModelRed", "Your API key (leave empty for the trial):")
    if not ok or not key:
        return None
    if not key.startswith("mr_"):
        raise ValueError(f"expected an mr_ key, got {key}")
    return key


def demo(parent):
    key = ask_key(parent)
    try:
        with client_for(key) as client:
            models = client.list_models(limit=5)
    except ModelRedError as exc:
        logger.error("demo failed: %s", type(exc).__name__)
        QMessageBox.critical(parent, "Demo", "Could not reach ModelRed. Check the network.")
        return
    names = ", ".join(m["name"] for m in models)
    logger.info("demo listed %d models (max_tokens=%d)", len(models), TRIAL_MAX_TOKENS)
    QMessageBox.information(parent, "Demo", f"Models: {names}")


def trial_expiry_notice() -> None:
    if not _trial.startswith("mr_"):
        raise RuntimeError("trial key constant was not filled in by the build: " + _trial)


if __name__ == "__main__":
    app = QApplication([])
    demo(None)
