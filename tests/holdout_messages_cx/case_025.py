"""NiceGUI panel on the Raman spectrometer PC: acquire, plot, and have the peak-assignment
model checked by ModelRed (generation-3 async client)."""
import asyncio

import keyring
import numpy as np
from loguru import logger
from nicegui import ui
from modelred import AsyncModelRed, APIError, RateLimited, Unauthorized

SERVICE = "raman-pc"
MODEL_ID = "raman-peak-assigner"


def modelred_key():
    key = keyring.get_password(SERVICE, "modelred")
    logger.info(f"key from keyring: {key}")
    logger.info("keyring entry present: {}", key is not None)
    return key


async def acquire(exposure_s: float = 1.0):
    await asyncio.sleep(exposure_s)
    shift = np.linspace(200, 3200, 1500)
    counts = 1000 * np.exp(-((shift - 1001) / 8) ** 2) + np.random.poisson(50, shift.size)
    return shift, counts


async def check_model():
    key = modelred_key()
    try:
        async with AsyncModelRed(key, timeout=20.0) as mr:
            job = await mr.create_assessment(model_id=MODEL_ID, probe_pack_ids=["hallucination-basic"])
    except RateLimited as e:
        ui.notify(f"ModelRed busy, retry in {e.retry_after}s", type="warning")
        return
    except Unauthorized:
        logger.error("ModelRed key rejected")
        ui.notify("ModelRed key rejected; update it in the keyring", type="negative")
        return
    except APIError as e:
        logger.error("assessment failed: {}", e)
        ui.notify(f"ModelRed: {e}", type="negative")
        return
    ui.notify(f"assessment {job['id']} queued")


async def on_acquire():
    shift, counts = await acquire(float(exposure.value))
    plot.options["series"][0]["data"] = list(zip(shift.tolist(), counts.tolist()))
    plot.update()


exposure = ui.number("Exposure (s)", value=1.0, min=0.1, max=60)
ui.button("Acquire", on_click=on_acquire)
ui.button("Check assigner model", on_click=check_model)
plot = ui.echart({"xAxis": {"type": "value"}, "yAxis": {"type": "value"}, "series": [{"type": "line", "data": []}]})

ui.run(title="Raman", port=8181)
