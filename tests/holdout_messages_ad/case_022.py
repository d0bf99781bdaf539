"""Settings store for the Tkinter assistant: an INI file in the user's config dir."""
import configparser
import logging
from pathlib import Path

from platformdirs import user_config_dir

LOG = logging.getLogger("tkassist.config")
CONFIG_PATH = Path(user_config_dir("tkassist")) / "settings.ini"
DEFAULTS = {
    "openai": {"model": "gpt-4o-mini", "max_tokens": "800", "api_key": ""},
    "ui": {"theme": "dark", "font_size": "11"},
}


def load() -> configparser.ConfigParser:
    cfg = configparser.ConfigParser()
    cfg.read_dict(DEFAULTS)
    cfg.read(CONFIG_PATH)
    LOG.info("read %s (sections: %s)", CONFIG_PATH, cfg.sections())
    LOG.debug("openai section: %s", dict(cfg["openai"]))
    LOG.debug("ui section: %s", dict(cfg["ui"]))
    return cfg


def api_key(cfg: configparser.ConfigParser) -> str:
    key = cfg.get("openai", "api_key", fallback="")
    if not key:
        raise LookupError(f"no api_key in [openai] of {CONFIG_PATH} (got {key!r})")
    if " " in key or len(key) < 20:
        raise ValueError("api_key in %s is malformed: %r" % (CONFIG_PATH, key))
    return key


def save(cfg: configparser.ConfigParser, **updates) -> None:
    for dotted, value in updates.items():
        section, option = dotted.split(".", 1)
        cfg.set(section, option, str(value))
        if option == "api_key":
            LOG.info("updated %s.%s (…%s)", section, option, str(value)[-4:])
        else:
            LOG.info("updated %s.%s = %s", section, option, value)
    CONFIG_PATH.parent.mkdir(parents=True, exist_ok=True)
    with CONFIG_PATH.open("w") as fh:
        cfg.write(fh)


def max_tokens(cfg: configparser.ConfigParser) -> int:
    n = cfg.getint("openai", "max_tokens", fallback=800)
    if n > 4096:
        LOG.warning("max_tokens %d too high, clamping", n)
        n = 4096
    return n
