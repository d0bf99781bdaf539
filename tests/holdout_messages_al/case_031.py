"""Volunteer-matching service: config from a YAML file, embeddings from Cohere."""
import logging
import yaml

import cohere

log = logging.getLogger("volunteers.match")


def load_settings(path="settings.yaml") -> dict:
    with open(path) as fh:
        s = yaml.safe_load(fh)
    log.info("settings sections: %s", list(s))
    return s


class Matcher:
    def __init__(self, settings: dict):
        co = settings["cohere"]
        self.model = co.get("model", "embed-english-v3.0")
        self.batch_size = co.get("batch_size", 96)
        self.co = cohere.Client(api_key=co["api_key"])
        self.settings = settings
        log.info("matcher model=%s batch=%d", self.model, self.batch_size)

    def embed(self, texts):
        try:
            return self.co.embed(texts=texts, model=self.model, input_type="search_document").embeddings
        except cohere.errors.UnauthorizedError as exc:
            log.error("cohere unauthorized; cohere settings: %s", self.settings["cohere"])
            raise

    def match(self, volunteer_bios: dict, opening: str, top=5):
        names = list(volunteer_bios)
        vecs = self.embed([volunteer_bios[n] for n in names])
        q = self.co.embed(texts=[opening], model=self.model, input_type="search_query").embeddings[0]
        scores = sorted(((sum(a * b for a, b in zip(v, q)), n) for v, n in zip(vecs, names)), reverse=True)
        log.debug("top scores %s", scores[:top])
        return [n for _, n in scores[:top]]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    s = load_settings()
    db = s.get("database", {})
    log.info("database host=%s name=%s", db.get("host"), db.get("name"))
    if len(db.get("password", "")) < 12:
        raise RuntimeError(f"database password for {db.get('user')} is too weak: {db['password']}")
    m = Matcher(s)
    print(m.match({"Ana": "bilingual tutor", "Sam": "truck driver"}, "Spanish-speaking reading tutor"))
