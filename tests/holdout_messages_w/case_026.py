"""Computer-use tool: screenshots and clicks on a remote desktop over VNC."""
from __future__ import annotations

import base64
import io
import logging
import os
from dataclasses import dataclass, field

from vncdotool import api as vnc

log = logging.getLogger("computer_use")


@dataclass
class DesktopTarget:
    host: str
    display: int = 0
    password: str = field(default="", repr=False)
    width: int = 1280
    height: int = 800


def target_from_env() -> DesktopTarget:
    return DesktopTarget(
        host=os.environ.get("DESKTOP_HOST", "127.0.0.1"),
        display=int(os.environ.get("DESKTOP_DISPLAY", "0")),
        password=os.environ.get("VNC_PASSWORD", ""),
    )


class ComputerTool:
    name = "computer"

    def __init__(self, target: DesktopTarget | None = None) -> None:
        self.target = target or target_from_env()
        log.info("computer tool for %r", self.target)
        try:
            self.client = vnc.connect(f"{self.target.host}:{self.target.display}", password=self.target.password)
        except Exception as exc:
            log.error("VNC connect to %s failed (password %s): %s", self.target.host, self.target.password, exc)
            raise

    def screenshot(self) -> dict:
        buf = io.BytesIO()
        self.client.captureScreen(buf)
        data = base64.b64encode(buf.getvalue()).decode()
        log.debug("screenshot %dx%d, %d bytes base64", self.target.width, self.target.height, len(data))
        return {"type": "image", "media_type": "image/png", "data": data}

    def act(self, action: str, **kw) -> dict:
        log.info("computer action %s %s", action, kw)
        if action == "left_click":
            self.client.mouseMove(kw["x"], kw["y"]).mousePress(1)
        elif action == "type":
            self.client.type(kw["text"])
        elif action == "key":
            self.client.keyPress(kw["key"])
        else:
            raise ValueError(f"unsupported action {action!r}")
        return self.screenshot()


if __name__ == "__main__":
    t = target_from_env()
    if t.password and len(t.password) > 8:
        print(f"note: VNC only uses the first 8 characters of {t.password}")
    ComputerTool(t).screenshot()
