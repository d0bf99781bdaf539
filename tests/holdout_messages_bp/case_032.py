"""Generate synthetic training data with several providers; keys come from a .env file."""
import logging
from pathlib import Path

from dotenv import dotenv_values
from anthropic import Anthropic
from openai import OpenAI

logger = logging.getLogger("synth")
ENV_FILE = Path(".env.synth")
PROVIDER_VARS = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "xai": "XAI_API_KEY"}


class SynthGenerator:
    def __init__(self, env_file: Path = ENV_FILE):
        self.env = dotenv_values(env_file)
        logger.info("loaded %s with variables %s", env_file, sorted(self.env))
        self.openai = OpenAI(api_key=self.env.get("OPENAI_API_KEY"))
        self.anthropic = Anthropic(api_key=self.env.get("ANTHROPIC_API_KEY"))
        self.xai = OpenAI(api_key=self.env.get("XAI_API_KEY"), base_url="https://api.x.ai/v1")
        self.max_tokens = int(self.env.get("SYNTH_MAX_TOKENS", "600"))
        logger.info("max_tokens=%d", self.max_tokens)

    def check(self):
        for provider, var in PROVIDER_VARS.items():
            value = self.env.get(var)
            if not value:
                logger.warning("%s: %s missing", provider, var)
            elif provider == "xai" and not value.startswith("xai-"):
                logger.warning("%s key malformed: %s", provider, value)

    def gen_openai(self, seed: str) -> str:
        r = self.openai.chat.completions.create(model="gpt-4o", max_tokens=self.max_tokens,
                                                messages=[{"role": "user", "content": seed}])
        return r.choices[0].message.content

    def gen_anthropic(self, seed: str) -> str:
        r = self.anthropic.messages.create(model="claude-3-5-haiku-latest", max_tokens=self.max_tokens,
                                           messages=[{"role": "user", "content": seed}])
        return r.content[0].text

    def dump_env(self):
        logger.debug("environment file contents: %s", self.env)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    g = SynthGenerator()
    g.check()
    g.dump_env()
    for seed in ["Write a customer complaint about billing.", "Write a question about API limits."]:
        print(g.gen_openai(seed))
        print(g.gen_anthropic(seed))
