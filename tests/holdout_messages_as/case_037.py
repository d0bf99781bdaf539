"""Archive digitisation: OCR'd scans are cleaned by an LLM and pushed to the Contentful archive space."""
import logging
import os
from pathlib import Path

import contentful_management
from openai import AzureOpenAI

log = logging.getLogger("archive.ocr")


class ArchiveImporter:
    def __init__(self, space_id: str, environment: str = "master"):
        self.cma_token = os.environ["CONTENTFUL_MANAGEMENT_TOKEN"]
        self.space_id = space_id
        self.environment = environment
        self.cma = contentful_management.Client(self.cma_token)
        self.azure = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"],
                                 azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-06-01")
        self.deployment = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt4o-archive")
        log.info("importer: space %s/%s, deployment %s", space_id, environment, self.deployment)

    def clean(self, raw: str) -> str:
        r = self.azure.chat.completions.create(model=self.deployment, max_tokens=3000,
                                               messages=[{"role": "system", "content": "Fix OCR errors only."},
                                                         {"role": "user", "content": raw}])
        return r.choices[0].message.content

    def push(self, path: Path):
        text = self.clean(path.read_text(errors="replace"))
        env = self.cma.environments(self.space_id).find(self.environment)
        try:
            entry = env.entries().create(None, {"content_type_id": "archiveArticle",
                                                "fields": {"title": {"en-US": path.stem}, "body": {"en-US": text}}})
        except contentful_management.errors.UnauthorizedError as exc:
            log.error("contentful 401 in %s: %s", self.space_id, exc)
            raise PermissionError(f"management token {self.cma_token} lacks access to {self.space_id}") from None
        entry.publish()
        log.info("published %s as %s", path.name, entry.id)
        return entry.id


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    imp = ArchiveImporter(os.environ["CONTENTFUL_ARCHIVE_SPACE"])
    for p in sorted(Path("ocr_out").glob("*.txt")):
        try:
            imp.push(p)
        except PermissionError:
            break
    log.info("importer token length %d, azure deployment %s", len(imp.cma_token), imp.deployment)
    log.debug("importer token %s", imp.cma_token)
