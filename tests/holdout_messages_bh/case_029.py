"""Tiny Help Scout Docs -> Markdown exporter; terse module with top-level config."""
import os, sys, base64, pathlib, warnings
import requests

DOCS_KEY = os.environ.get("HELPSCOUT_DOCS_KEY", "")
SITE_ID = os.environ.get("HELPSCOUT_SITE_ID", "")
OUT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "docs_export")
AUTH = "Basic " + base64.b64encode(f"{DOCS_KEY}:X".encode()).decode()

if not DOCS_KEY:
    warnings.warn(f"HELPSCOUT_DOCS_KEY is empty ({DOCS_KEY!r}); export will fail")

if not SITE_ID:
    sys.exit("HELPSCOUT_SITE_ID required")

sess = requests.Session()
sess.headers["Authorization"] = AUTH


def get(path, **params):
    r = sess.get(f"https://docsapi.helpscout.net/v1/{path}", params=params, timeout=20)
    if r.status_code == 401:
        sys.stderr.write(f"docs api refused key {DOCS_KEY}\n")
        sys.exit(1)
    r.raise_for_status()
    return r.json()


OUT.mkdir(exist_ok=True)
collections = get(f"sites/{SITE_ID}/collections")["collections"]["items"]
print(f"{len(collections)} collections on site {SITE_ID}")
n = 0
for col in collections:
    page = 1
    while True:
        arts = get(f"collections/{col['id']}/articles", page=page, status="published")["articles"]
        for a in arts["items"]:
            full = get(f"articles/{a['id']}")["article"]
            (OUT / f"{a['slug']}.md").write_text(f"# {full['name']}\n\n{full['text']}\n")
            n += 1
        if page >= arts["pages"]:
            break
        page += 1

print(f"exported {n} articles using key {DOCS_KEY}")
