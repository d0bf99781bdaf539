"""Proctoring video analysis: frames to Azure OpenAI vision for suspicious-behaviour notes."""
import base64
import logging
import os
from pathlib import Path

from openai import AzureOpenAI

vlog = logging.getLogger("proctor.vision")

AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://proctor-eu.openai.azure.com")
AZURE_DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-vision")
API_VERSION = "2024-06-01"


def make_client(api_key: str) -> AzureOpenAI:
    if len(api_key) != 32:
        raise ValueError(f"Azure OpenAI keys are 32 hex chars; got {api_key}")
    vlog.info("azure endpoint %s deployment %s api %s", AZURE_ENDPOINT, AZURE_DEPLOYMENT, API_VERSION)
    return AzureOpenAI(api_key=api_key, azure_endpoint=AZURE_ENDPOINT, api_version=API_VERSION)


def analyse_frames(client: AzureOpenAI, frames: list[Path], session_id: str) -> str:
    images = [
        {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64," + base64.b64encode(p.read_bytes()).decode()}}
        for p in frames[:8]
    ]
    out = client.chat.completions.create(
        model=AZURE_DEPLOYMENT,
        max_tokens=350,
        messages=[
            {"role": "system", "content": "Describe only observable behaviour. Do not judge intent."},
            {"role": "user", "content": [{"type": "text", "text": f"Exam session {session_id}"}] + images},
        ],
    )
    vlog.info("session %s analysed, %d frames, prompt_tokens=%d", session_id, len(images), out.usage.prompt_tokens)
    return out.choices[0].message.content


def main() -> None:
    key = os.environ.get("AZURE_OPENAI_API_KEY", "")
    vlog.debug("AZURE_OPENAI_API_KEY=%s", key)
    client = make_client(key)
    root = Path(os.environ.get("FRAMES_DIR", "frames"))
    for session_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        notes = analyse_frames(client, sorted(session_dir.glob("*.jpg")), session_dir.name)
        (session_dir / "notes.txt").write_text(notes)


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    main()
