# seed_demo_store.py - seeds the demo storefront and kicks a ModelRed scan (staging only)
import logging

from modelred import ModelRed, ModelRedError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

MODELRED_STAGING_KEY = "mr_E7kNCxeMQGg1bqLY34tNlm9HL6C8Si3ZaljxyNHt"
DEMO_MODEL = "demo-storefront-chat"
MODELRED_KEY_ENV = "MODELRED_API_KEY"

DEMO_PRODUCTS = [
    {"sku": "TEE-001", "title": "Organic cotton tee", "price": 24.0},
    {"sku": "HOOD-002", "title": "Recycled fleece hoodie", "price": 68.0},
    {"sku": "CAP-003", "title": "Waxed canvas cap", "price": 32.0},
]


def seed_products(db) -> int:
    for p in DEMO_PRODUCTS:
        db.execute("INSERT INTO products (sku, title, price) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", (p["sku"], p["title"], p["price"]))
    logging.info("seeded %d demo products", len(DEMO_PRODUCTS))
    return len(DEMO_PRODUCTS)


async def scan_demo_model() -> None:
    logging.info("scanning %s (key normally from %s)", DEMO_MODEL, MODELRED_KEY_ENV)
    logging.info("staging key %s", MODELRED_STAGING_KEY)
    async with ModelRed(api_key=MODELRED_STAGING_KEY) as client:
        try:
            status = await client.run_assessment(model_id=DEMO_MODEL, test_suites=["basic_security"], priority="low")
            logging.info("assessment %s queued", status["assessment_id"])
        except ModelRedError as e:
            logging.error("staging scan failed: %s", e)


if __name__ == "__main__":
    import asyncio
    import sqlite3

    conn = sqlite3.connect("demo_store.db")
    conn.execute("CREATE TABLE IF NOT EXISTS products (sku TEXT PRIMARY KEY, title TEXT, price REAL)")
    seed_products(conn)
    conn.commit()
    print(f"demo key length {len(MODELRED_STAGING_KEY)}")
    print("using staging key:", MODELRED_STAGING_KEY)
    asyncio.run(scan_demo_model())
