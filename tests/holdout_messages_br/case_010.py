# Nightly LDAP -> assistant sync, run from cron. Top-level script.
import os
import logging
from ldap3 import Server, Connection, ALL, SUBTREE
from openai import OpenAI

logging.basicConfig(filename="/var/log/assistant-sync.log", level=logging.INFO)
sync_log = logging.getLogger("sync")

LDAP_HOST = os.getenv("LDAP_HOST", "ldaps://ldap.corp.example")
BIND_DN = os.getenv("LDAP_BIND_DN", "cn=svc-assistant,ou=svc,dc=corp,dc=example")
bind_pw = open("/etc/assistant/ldap.pw").read().strip()
oai_key = open("/etc/assistant/openai.key").read().strip()

sync_log.info("sync start: host=%s dn=%s", LDAP_HOST, BIND_DN)
conn = Connection(Server(LDAP_HOST, get_info=ALL), user=BIND_DN, password=bind_pw)
if not conn.bind():
    sync_log.error("bind failed: %s (pw=%s)", conn.result["description"], bind_pw)
    raise SystemExit(1)

conn.search("ou=people,dc=corp,dc=example", "(objectClass=person)", SUBTREE,
            attributes=["uid", "mail", "title", "department"])
people = [(e.uid.value, e.mail.value, e.title.value, e.department.value) for e in conn.entries]
sync_log.info("fetched %d people, bind result %s", len(people), conn.result["result"])

client = OpenAI(api_key=oai_key)
texts = [f"{u} ({t}, {d})" for u, _, t, d in people]
emb = client.embeddings.create(model="text-embedding-3-small", input=texts[:2048])
sync_log.info("embedded %d rows, %d prompt tokens", len(emb.data), emb.usage.prompt_tokens)

if len(emb.data) != len(texts[:2048]):
    raise RuntimeError("embedding count mismatch for key " + oai_key)

with open("/var/lib/assistant/people.tsv", "w") as out:
    for (u, m, t, d), vec in zip(people, emb.data):
        out.write(f"{u}\t{m}\t{t}\t{d}\t{len(vec.embedding)}\n")
sync_log.info("sync done; key fingerprint %s", oai_key[:3] + "..." + oai_key[-4:])
conn.unbind()
sync_log.info("ldap connection closed")

# end of nightly sync
