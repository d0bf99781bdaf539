"""Translation memory sync: Crowdin project <-> LLM pre-translation."""
import logging
import os

import requests

logger = logging.getLogger("l10n.crowdin")

CROWDIN_BASE = "https://api.crowdin.com/api/v2"
PRETRANSLATE_ENGINE = "gpt-4o"


class CrowdinSync:
    def __init__(self, project_id: int, token: str, openai_key: str):
        self.project_id = project_id
        self.token = token
        self.openai_key = openai_key
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}"})
        logger.info("crowdin project %d, engine %s", project_id, PRETRANSLATE_ENGINE)

    def _get(self, path, **params):
        r = self.session.get(CROWDIN_BASE + path, params=params, timeout=30)
        if r.status_code == 401:
            raise PermissionError(f"Crowdin token {self.token} rejected for project {self.project_id}")
        r.raise_for_status()
        return r.json()

    def untranslated(self, lang):
        data = self._get(f"/projects/{self.project_id}/languages/{lang}/progress")
        logger.debug("progress %s: %s", lang, data["data"])
        return [s for s in self._get(f"/projects/{self.project_id}/strings", limit=500)["data"]]

    def pretranslate(self, lang, strings):
        headers = {"Authorization": f"Bearer {self.openai_key}", "Content-Type": "application/json"}
        body = {"model": PRETRANSLATE_ENGINE, "max_tokens": 2000,
                "messages": [{"role": "user", "content": f"Translate to {lang}:\n" + "\n".join(strings)}]}
        r = requests.post("https://api.openai.com/v1/chat/completions", headers=headers, json=body, timeout=60)
        if r.status_code != 200:
            logger.error("openai %s; sent headers %s", r.status_code, headers)
            return []
        logger.info("pretranslated %d strings, body keys %s", len(strings), sorted(body))
        return r.json()["choices"][0]["message"]["content"].splitlines()

    def session_info(self):
        return {k: v for k, v in self.session.headers.items() if k.lower() != "authorization"}


if __name__ == "__main__":
    sync = CrowdinSync(int(os.environ["CROWDIN_PROJECT"]), os.environ["CROWDIN_TOKEN"], os.environ["OPENAI_API_KEY"])
    logger.info("session headers %s", sync.session_info())
    todo = sync.untranslated("de")
    print(len(todo), "strings to translate")
