"""Voice-commanded robot dog: Whisper + GPT over a Unitree-style SDK, async."""
import asyncio
import logging
import os

from openai import AsyncOpenAI, AuthenticationError

log = logging.getLogger("dog.voice")

ALLOWED = {"sit", "stand", "walk_forward", "turn_left", "turn_right", "stop"}


class VoiceCommander:
    def __init__(self, robot, api_key: str | None = None):
        self.robot = robot
        self.token = api_key or os.environ.get("OPENAI_API_KEY")
        self.client = AsyncOpenAI(api_key=self.token)
        self.max_tokens = 16
        log.info("voice commander ready (key set: %s)", bool(self.token))

    async def transcribe(self, wav_path: str) -> str:
        with open(wav_path, "rb") as fh:
            t = await self.client.audio.transcriptions.create(model="whisper-1", file=fh)
        return t.text

    async def to_command(self, text: str) -> str:
        r = await self.client.chat.completions.create(
            model="gpt-4o-mini", max_tokens=self.max_tokens,
            messages=[{"role": "system", "content": "Answer with one of: " + ", ".join(sorted(ALLOWED))},
                      {"role": "user", "content": text}],
        )
        log.debug("command call: max_tokens=%d used=%d", self.max_tokens, r.usage.total_tokens)
        return r.choices[0].message.content.strip()

    async def handle(self, wav_path: str):
        try:
            text = await self.transcribe(wav_path)
        except AuthenticationError as e:
            log.error("OpenAI auth failed with token %s: %s", self.token, e.code)
            return
        cmd = await self.to_command(text)
        if cmd not in ALLOWED:
            log.warning("ignoring %r from %r", cmd, text)
            return
        await asyncio.to_thread(getattr(self.robot, cmd))


async def main(robot):
    vc = VoiceCommander(robot)
    if vc.token is None:
        raise RuntimeError(f"no OpenAI key; token={vc.token}")
    while True:
        await vc.handle("/tmp/last_utterance.wav")
        await asyncio.sleep(0.5)
