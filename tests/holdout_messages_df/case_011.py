"""Poll a TAXII 2.1 feed into the local IOC store (basic auth from the feeds config)."""
import configparser
import logging

from taxii2client.v21 import Server, as_pages
from taxii2client.exceptions import TAXIIServiceException

log = logging.getLogger("ti.taxii")


class TaxiiFeed:
    def __init__(self, name, section):
        self.name = name
        self.url = section["url"]
        self.user = section.get("user", "")
        self.password = section.get("password", "")
        self.collection_id = section["collection"]

    def __str__(self):
        return f"TaxiiFeed({self.name}, {self.url}, user={self.user})"

    def connect(self):
        try:
            return Server(self.url, user=self.user, password=self.password)
        except TAXIIServiceException as exc:
            log.error("feed %s: discovery failed for %s: %s", self.name, self.user, exc)
            raise ConnectionError(f"TAXII login {self.user}:{self.password} failed at {self.url}") from exc

    def poll(self, added_after=None):
        server = self.connect()
        api_root = server.api_roots[0]
        coll = next(c for c in api_root.collections if c.id == self.collection_id)
        count = 0
        for page in as_pages(coll.get_objects, per_request=500, added_after=added_after):
            for obj in page.get("objects", []):
                if obj.get("type") == "indicator":
                    count += 1
                    yield obj
        log.info("feed %s: %d indicators", self, count)


def load_feeds(path="/etc/ti/feeds.ini"):
    cp = configparser.ConfigParser()
    cp.read(path)
    feeds = []
    for name in cp.sections():
        sec = cp[name]
        if not sec.get("password"):
            log.warning("feed %s has no password configured (%r)", name, sec.get("password"))
        feeds.append(TaxiiFeed(name, sec))
        log.debug("feed %s options: %s", name, dict(sec))
    return feeds


def run(added_after=None):
    for feed in load_feeds():
        for ind in feed.poll(added_after):
            print(ind["id"], ind.get("pattern"))
