"""Flet app backend: a small dashboard for scanning the team's chat models."""
import logging
import os

import flet as ft
from modelred import ModelRed, ModelRedError, RateLimitError, NotFoundError

logger = logging.getLogger("flet_scanner")
logging.basicConfig(level=logging.INFO)


def make_client():
    kwargs = {"api_key": os.environ["MODELRED_API_KEY"], "timeout": 30}
    logger.info("creating ModelRed client with %s", kwargs)
    logger.info("client timeout %ss", kwargs["timeout"])
    return ModelRed(**kwargs)


def main(page: ft.Page):
    page.title = "Model scans"
    client = make_client()
    model_box = ft.TextField(label="Model", hint_text="e.g. support-bot")
    results = ft.Column()

    def show(text: str, color=None):
        page.open(ft.SnackBar(ft.Text(text, color=color)))

    def on_scan(_):
        model = model_box.value.strip()
        try:
            job = client.create_assessment(model=model, test_types=["jailbreak", "pii_leak"])
        except RateLimitError as e:
            show(f"Busy, retry in {getattr(e, 'retry_after', 30)}s")
            return
        except NotFoundError:
            show(f"No model called {model}")
            return
        except ModelRedError as e:
            logger.exception("scan failed")
            page.open(ft.SnackBar(ft.Text(f"Scan failed: {e}", color="red")))
            return
        results.controls.append(ft.Text(f"{model}: assessment {job['id']} queued"))
        page.update()

    page.add(model_box, ft.ElevatedButton("Scan", on_click=on_scan), results)


ft.app(target=main)
