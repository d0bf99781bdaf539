"""Local RAG desktop app: watches a notes folder and reloads .env on change."""
import logging
import time
from pathlib import Path

from dotenv import dotenv_values
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

logger = logging.getLogger("ragapp.watch")
ENV_FILE = Path.home() / ".ragapp" / ".env"
REQUIRED = ("OPENAI_API_KEY", "EMBED_MODEL")


def load_env(path: Path) -> dict:
    env = dotenv_values(path)
    missing = [name for name in REQUIRED if not env.get(name)]
    if missing:
        logger.warning("%s is missing %s", path, ", ".join(missing))
    key = env.get("OPENAI_API_KEY") or ""
    if key and not key.startswith("sk-"):
        raise RuntimeError(f"OPENAI_API_KEY in {path} looks wrong: {key}")
    logger.debug("reloaded env %s", env)
    logger.info("env keys now: %s", sorted(env))
    return env


class NotesHandler(FileSystemEventHandler):
    def __init__(self, index):
        self.index = index
        self.env = load_env(ENV_FILE)

    def on_modified(self, event):
        if event.is_directory:
            return
        path = Path(event.src_path)
        if path == ENV_FILE:
            self.env = load_env(path)
            return
        if path.suffix in {".md", ".txt"}:
            n = self.index.add(path, model=self.env.get("EMBED_MODEL"))
            logger.info("indexed %s (%d chunks, model %s)", path.name, n, self.env.get("EMBED_MODEL"))


def watch(index, folder: Path):
    handler = NotesHandler(index)
    obs = Observer()
    obs.schedule(handler, str(folder), recursive=True)
    obs.schedule(handler, str(ENV_FILE.parent), recursive=False)
    obs.start()
    try:
        while True:
            time.sleep(1)
    finally:
        obs.stop()
        obs.join()
