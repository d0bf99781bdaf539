import json
import logging
import os

import psycopg2
from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem, NotConfigured

logger = logging.getLogger(__name__)


class PostgresPipeline:
    def __init__(self, host, dbname, user, db_password, table):
        self.host = host
        self.dbname = dbname
        self.user = user
        self.db_password = db_password
        self.table = table
        self.conn = None

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        pw = s.get("PG_PASSWORD") or os.environ.get("PGPASSWORD")
        if pw is None:
            raise NotConfigured("PG_PASSWORD / PGPASSWORD not set")
        return cls(s.get("PG_HOST", "localhost"), s.get("PG_DB", "scrape"), s.get("PG_USER", "scraper"), pw, s.get("PG_TABLE", "items"))

    def open_spider(self, spider):
        try:
            self.conn = psycopg2.connect(host=self.host, dbname=self.dbname, user=self.user, password=self.db_password)
        except psycopg2.OperationalError as e:
            spider.logger.error("db connect failed (%s@%s/%s): %s", self.user, self.host, self.dbname, e)
            spider.logger.error("db connect failed using password %s", self.db_password)
            raise
        spider.logger.info("connected to %s/%s as %s", self.host, self.dbname, self.user)

    def process_item(self, item, spider):
        a = ItemAdapter(item)
        if not a.get("url"):
            raise DropItem("item without url")
        with self.conn.cursor() as cur:
            cur.execute(
                f"INSERT INTO {self.table} (url, data) VALUES (%s, %s) ON CONFLICT (url) DO UPDATE SET data = EXCLUDED.data",
                (a["url"], json.dumps(a.asdict())),
            )
        self.conn.commit()
        return item

    def close_spider(self, spider):
        if self.conn is not None:
            self.conn.close()
            logger.info("closed db connection for %s", spider.name)
