"""Drone inspection images: upload to Azure Blob, caption defects with Azure OpenAI vision."""
import base64
import logging
import os
from pathlib import Path

from azure.storage.blob import BlobServiceClient
from openai import AzureOpenAI

logger = logging.getLogger("inspections.drone")


class InspectionUploader:
    def __init__(self) -> None:
        self.account_url = os.environ["INSPECTION_STORAGE_ACCOUNT_URL"]
        self.storage_account_key = os.environ["INSPECTION_STORAGE_ACCOUNT_KEY"]
        self.container = os.getenv("INSPECTION_CONTAINER", "pole-inspections")
        self.blobs = BlobServiceClient(account_url=self.account_url, credential=self.storage_account_key)
        self.aoai_key = os.environ["AZURE_OPENAI_API_KEY"]
        self.endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
        self.deployment = os.getenv("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-vision")
        self.llm = AzureOpenAI(api_key=self.aoai_key, azure_endpoint=self.endpoint, api_version="2024-06-01")
        logger.info("uploader endpoint=%s deployment=%s container=%s", self.endpoint, self.deployment, self.container)

    def upload(self, path: Path, pole_id: str) -> str:
        name = f"{pole_id}/{path.name}"
        try:
            self.blobs.get_container_client(self.container).upload_blob(name, path.read_bytes(), overwrite=True)
        except Exception as exc:
            logger.error("blob upload to %s failed with account key %s", self.account_url, self.storage_account_key)
            raise IOError(f"upload of {name} failed: {exc}") from exc
        return name

    def caption(self, path: Path, pole_id: str) -> str:
        b64 = base64.b64encode(path.read_bytes()).decode()
        resp = self.llm.chat.completions.create(
            model=self.deployment,
            max_tokens=200,
            messages=[{"role": "user", "content": [
                {"type": "text", "text": "List visible defects on this distribution pole: cracked insulators, leaning, woodpecker damage."},
                {"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{b64}"}},
            ]}],
        )
        logger.info("pole %s caption (%d tokens)", pole_id, resp.usage.completion_tokens)
        return resp.choices[0].message.content

    def selftest(self) -> None:
        if not self.aoai_key.isalnum():
            raise ValueError(f"AZURE_OPENAI_API_KEY has odd characters (length {len(self.aoai_key)})")


def process_flight(folder: Path) -> None:
    up = InspectionUploader()
    for img in sorted(folder.glob("*.jpg")):
        pole_id = img.stem.split("_")[0]
        up.upload(img, pole_id)
        logger.info("%s: %s", pole_id, up.caption(img, pole_id))
