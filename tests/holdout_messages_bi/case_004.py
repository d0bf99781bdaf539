import base64
import logging
import os
from dataclasses import dataclass, field

import anthropic
import boto3

log = logging.getLogger(__name__)

DAMAGE_PROMPT = (
    "You are an auto-claims photo adjuster. Describe visible damage per panel, "
    "estimate severity 1-5, and flag signs of prior damage or staging."
)


@dataclass
class PhotoAssessor:
    anthropic_key: str = field(repr=False)
    bucket: str
    model: str = "claude-3-5-sonnet-latest"
    max_tokens: int = 1024

    def __post_init__(self):
        self.client = anthropic.Anthropic(api_key=self.anthropic_key)
        self.s3 = boto3.client("s3")
        log.info("PhotoAssessor ready: %r", self)
        log.debug("model=%s max_tokens=%d bucket=%s", self.model, self.max_tokens, self.bucket)

    def _load(self, key: str) -> str:
        obj = self.s3.get_object(Bucket=self.bucket, Key=key)
        log.debug("loaded s3 object %s (%d bytes)", key, obj["ContentLength"])
        return base64.b64encode(obj["Body"].read()).decode()

    def assess(self, claim_id: str, photo_keys: list[str]) -> str:
        content = [{"type": "text", "text": DAMAGE_PROMPT}]
        for k in photo_keys:
            content.append({"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": self._load(k)}})
        try:
            msg = self.client.messages.create(model=self.model, max_tokens=self.max_tokens, messages=[{"role": "user", "content": content}])
        except anthropic.AuthenticationError as e:
            log.error("anthropic auth failed for claim %s with key %s", claim_id, self.anthropic_key)
            raise RuntimeError(f"photo assessment unavailable: {e.status_code}") from e
        log.info("claim %s assessed, in=%d out=%d", claim_id, msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text


def from_env(bucket: str) -> PhotoAssessor:
    key = os.environ.get("ANTHROPIC_API_KEY")
    if not key:
        raise EnvironmentError(f"ANTHROPIC_API_KEY missing (got {key!r})")
    if not key.startswith("sk-ant-"):
        raise ValueError(f"unexpected Anthropic key format: {key}")
    return PhotoAssessor(anthropic_key=key, bucket=bucket)
