"""Shared helper for the group's scripts: read ~/.labrc (INI) for provider keys and cluster settings."""
import configparser
import logging
import os
from pathlib import Path

log = logging.getLogger("labrc")
LABRC = Path(os.environ.get("LABRC", Path.home() / ".labrc"))


class LabConfig:
    """[cluster] partition/account, [openai] api_key/model, [anthropic] api_key."""

    def __init__(self, path: Path = LABRC):
        self.path = path
        self.cp = configparser.ConfigParser()
        read = self.cp.read(path)
        log.info("read %s, sections %s", read, self.cp.sections())
        if path.exists() and oct(path.stat().st_mode & 0o777) != "0o600":
            log.warning("%s is readable by others (mode %o)", path, path.stat().st_mode & 0o777)

    @property
    def account(self) -> str:
        return self.cp.get("cluster", "account", fallback="lab-default")

    def key(self, provider: str) -> str:
        value = self.cp.get(provider, "api_key", fallback="")
        if not value:
            raise KeyError(f"no api_key in [{provider}] of {self.path} (got {value!r})")
        if value.strip() != value:
            raise ValueError(f"[{provider}] api_key has stray whitespace: {value!r}")
        return value

    def dump(self) -> None:
        for name in self.cp.sections():
            section = dict(self.cp[name])
            log.debug("[%s] %s", name, section)
            visible = {k: v for k, v in section.items() if "key" not in k and "secret" not in k}
            log.info("[%s] %s", name, visible)


def provider_env(cfg: LabConfig) -> dict[str, str]:
    env = {}
    for provider, var in (("openai", "OPENAI_API_KEY"), ("anthropic", "ANTHROPIC_API_KEY")):
        try:
            env[var] = cfg.key(provider)
        except KeyError:
            log.info("%s not configured, skipping %s", provider, var)
    return env


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    cfg = LabConfig()
    cfg.dump()
    print(f"account={cfg.account}", " ".join(f"{k}=***" for k in provider_env(cfg)))
