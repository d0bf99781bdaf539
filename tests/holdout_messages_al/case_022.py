"""Benefits chatbot conversation logger: writes redacted transcripts for QA review."""
import json
import logging
import os
from dataclasses import dataclass, field, asdict

log = logging.getLogger("benefits.transcripts")


@dataclass
class BotConfig:
    model: str
    temperature: float
    max_tokens: int
    api_key: str = field(repr=False)
    county: str = "Alameda"


def load_config(path="bot.json") -> BotConfig:
    raw = json.load(open(path))
    cfg = BotConfig(model=raw["model"], temperature=raw.get("temperature", 0.2),
                    max_tokens=raw.get("max_tokens", 512), api_key=raw["api_key"],
                    county=raw.get("county", "Alameda"))
    log.info("county %s model %s temperature %.1f", cfg.county, cfg.model, cfg.temperature)
    log.info("loaded config %r", cfg)
    log.debug("config as dict: %s", asdict(cfg))
    return cfg


class TranscriptWriter:
    REDACT = ("ssn", "dob", "case_number")

    def __init__(self, cfg: BotConfig, out_dir: str):
        self.cfg = cfg
        self.out_dir = out_dir
        os.makedirs(out_dir, exist_ok=True)

    def write(self, session_id: str, turns: list[dict]):
        clean = [{k: ("[REDACTED]" if k in self.REDACT else v) for k, v in t.items()} for t in turns]
        path = os.path.join(self.out_dir, f"{session_id}.json")
        with open(path, "w") as fh:
            json.dump({"county": self.cfg.county, "model": self.cfg.model, "turns": clean}, fh)
        log.info("wrote %s (%d turns, model %s, max_tokens %d)", path, len(clean), self.cfg.model, self.cfg.max_tokens)
        if not self.cfg.api_key.startswith("sk-"):
            log.warning("config key for %s is not an OpenAI key: %s", self.cfg.county, self.cfg.api_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    w = TranscriptWriter(load_config(), "transcripts")
    w.write("sess-01", [{"role": "user", "text": "Am I eligible for CalFresh?", "ssn": "n/a"}])
