"""Translation memory for the county's language-access office: DeepL glossary manager."""
import logging
import os

import deepl

log = logging.getLogger("langaccess.glossary")


class GlossaryManager:
    """Keeps the agency's Spanish/Vietnamese glossaries in sync with DeepL."""

    def __init__(self, auth_key: str | None = None):
        self.auth_key = auth_key or os.environ["DEEPL_AUTH_KEY"]
        self.is_free = self.auth_key.endswith(":fx")
        self.translator = deepl.Translator(self.auth_key)
        log.info("DeepL %s plan", "free" if self.is_free else "pro")

    def usage(self):
        u = self.translator.get_usage()
        log.info("characters used %s of %s", u.character.count, u.character.limit)
        return u

    def sync(self, name: str, source: str, target: str, entries: dict):
        for g in self.translator.list_glossaries():
            if g.name == name:
                self.translator.delete_glossary(g)
                log.info("deleted old glossary %s (%s)", g.name, g.glossary_id)
        try:
            g = self.translator.create_glossary(name, source_lang=source, target_lang=target, entries=entries)
        except deepl.AuthorizationException as exc:
            log.critical("DeepL refused auth key %s: %s", self.auth_key, exc)
            raise
        log.info("created glossary %s with %d entries", g.glossary_id, g.entry_count)
        return g

    def __str__(self):
        return f"GlossaryManager(key={self.auth_key})"


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    gm = GlossaryManager()
    print(f"manager: {gm}")
    gm.usage()
    gm.sync("benefits-es", "EN", "ES", {"SNAP": "SNAP (CalFresh)", "caseworker": "trabajador social"})
