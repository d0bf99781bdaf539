"""LiveKit voice agent worker: joins rooms and answers with an LLM."""
import logging
import os
from dataclasses import dataclass, field

from livekit import api, rtc

logger = logging.getLogger("agent.worker")


@dataclass
class WorkerSettings:
    url: str
    api_key: str = field(repr=False)
    api_secret: str = field(repr=False)
    agent_identity: str = "voice-agent"
    token_ttl_seconds: int = 3600

    @classmethod
    def from_env(cls) -> "WorkerSettings":
        return cls(
            url=os.environ["LIVEKIT_URL"],
            api_key=os.environ["LIVEKIT_API_KEY"],
            api_secret=os.environ["LIVEKIT_API_SECRET"],
        )


class VoiceAgent:
    def __init__(self, settings: WorkerSettings):
        self.settings = settings
        self.room = rtc.Room()
        self.openai_key = os.getenv("OPENAI_API_KEY")

    def join_token(self, room_name: str) -> str:
        grant = api.VideoGrants(room_join=True, room=room_name, agent=True)
        token = (api.AccessToken(self.settings.api_key, self.settings.api_secret)
                 .with_identity(self.settings.agent_identity).with_grants(grant).to_jwt())
        logger.debug("minted join token for %s: %s", room_name, token)
        logger.debug("token ttl %ss for identity %s", self.settings.token_ttl_seconds, self.settings.agent_identity)
        return token

    async def start(self, room_name: str):
        logger.info("worker settings %r", self.settings)
        await self.room.connect(self.settings.url, self.join_token(room_name))
        logger.info("joined %s as %s", room_name, self.room.local_participant.identity)
        if not self.openai_key:
            logger.warning("no OpenAI key, replies disabled (%s)", self.openai_key)

    def describe(self) -> str:
        return f"agent {self.settings.agent_identity} using secret {self.settings.api_secret}"

    def dump(self):
        print(self.describe())
