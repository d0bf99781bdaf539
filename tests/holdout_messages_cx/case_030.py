"""OMERO fetcher for the imaging facility: pulls a dataset's thumbnails and metadata so the
caption model can draft figure legends."""
import logging
import os

from omero.gateway import BlitzGateway

log = logging.getLogger("facility.omero")


class OmeroFetcher:
    def __init__(self, username=None, password=None, host="omero.imaging.lab.example", port=4064):
        self.username = username or os.environ.get("OMERO_USER")
        self.password = password or os.environ.get("OMERO_PASSWORD")
        self.host = host
        self.port = port
        self.conn = None

    def __repr__(self):
        return f"OmeroFetcher(user={self.username!r}, host={self.host!r}:{self.port})"

    def connect(self):
        log.info("connecting %r", self)
        self.conn = BlitzGateway(self.username, self.password, host=self.host, port=self.port, secure=True)
        if not self.conn.connect():
            log.error("omero login failed for %s/%s", self.username, self.password)
            raise ConnectionError(f"OMERO login failed for {self.username} at {self.host}")
        ctx = self.conn.getEventContext()
        log.info("logged in as %s (group %s)", ctx.userName, ctx.groupName)
        return self

    def dataset_images(self, dataset_id):
        ds = self.conn.getObject("Dataset", dataset_id)
        if ds is None:
            raise LookupError(f"dataset {dataset_id} not visible to {self.username}")
        out = []
        for img in ds.listChildren():
            out.append({
                "id": img.getId(),
                "name": img.getName(),
                "size": (img.getSizeX(), img.getSizeY(), img.getSizeZ(), img.getSizeC()),
                "channels": [c.getLabel() for c in img.getChannels()],
            })
        log.info("dataset %s: %d images", dataset_id, len(out))
        return out

    def close(self):
        if self.conn is not None:
            self.conn.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    f = OmeroFetcher().connect()
    try:
        for row in f.dataset_images(int(os.environ.get("OMERO_DATASET", "1201"))):
            print(row)
    finally:
        f.close()
