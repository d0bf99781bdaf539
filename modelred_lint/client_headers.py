"""The credential headers a module sets on its HTTP clients and sessions (MR021).

`requests.Session().headers["Authorization"] = f"Bearer {token}"`, `httpx.Client(headers=
{"x-apikey": key})`, `aiohttp.ClientSession(headers=headers)` with `headers` a display
holding one: a client made so keeps the header, and whoever prints the client's
`.headers` (`log.debug("session headers: %s", session.headers)`, in any function of the
module) prints the credential. The client's name is what ties the two (session, client:
http-client-words), as the module's mappings are tied by theirs (secret_uses.
mapping_secret_fields).

Some libraries' printed headers hide the credential ones (httpx's show Authorization and
Proxy-Authorization as "[secure]": masking-header-clients, masked-headers): those, set on
a client such a library makes, are not shown.
"""

from __future__ import annotations

from modelred_lint.keyscan import name_words
from modelred_lint.lazy import cst
from modelred_lint.names import dotted_name, last_name, literal_value
from modelred_lint.node_walk import descendants


def credential_header(name: str, vocab) -> bool:
    """A header that carries a credential: Authorization, a custom key header
    (X-Api-Key, x-apikey, X-Tenant-Token). (Each a secret's name as the prefilter reads
    the text, which then passes it.)"""
    return vocab.names_a_key_header(name) or vocab.is_secret_name(name, strict=True)


def _display_headers(value, vocab) -> list[str]:
    """The credential headers a dict display writes with a value that is no literal."""
    if type(value) is not cst.Dict:
        return []
    out = []
    for element in value.elements:
        if type(element) is not cst.DictElement:
            continue
        key = literal_value(element.key)
        if isinstance(key, str) and literal_value(element.value) is None and credential_header(key, vocab):
            out.append(key)
    return out


def _makes_client(func, client_words: frozenset) -> bool:
    """A call that makes an HTTP client or session, by its last name's words
    (requests.Session, httpx.AsyncClient, aiohttp.ClientSession)."""
    name = last_name(func)
    return bool(name) and not client_words.isdisjoint(name_words(name))


def client_key_headers(module, vocab, model) -> frozenset:
    """The credential headers (lowered) the module sets on a client or a session
    anywhere: in the headers= of the call that makes one (a display, or a name bound to
    one anywhere in the module), by `x.headers[...] = ...` and by `x.headers.update(...)`;
    less those a masking library hides on the clients it makes. `model`: the
    DataflowModel (http-client-words, masking-header-clients, masked-headers)."""
    client_words, masked = model.http_client_words, model.masked_headers
    displays: dict[str, list[str]] = {}  # name -> the credential headers of a display bound to it
    handed: list[tuple[str, bool]] = []  # (a name handed as headers=, made by a masking library)
    found: set[str] = set()
    for node in descendants(module):
        kind = type(node)
        if kind is cst.Assign:
            for target in node.targets:
                target = target.target
                if type(target) is cst.Name:
                    held = _display_headers(node.value, vocab)
                    if held:
                        displays.setdefault(target.value, []).extend(held)
                elif type(target) is cst.Subscript and type(target.value) is cst.Attribute \
                        and target.value.attr.value == "headers" and len(target.slice) == 1 \
                        and type(target.slice[0].slice) is cst.Index:
                    key = literal_value(target.slice[0].slice.value)
                    if isinstance(key, str) and credential_header(key, vocab):
                        found.add(key.lower())  # session.headers["Authorization"] = ...
        elif kind is cst.Call:
            func = node.func
            if type(func) is cst.Attribute and func.attr.value == "update" and type(func.value) is cst.Attribute \
                    and func.value.attr.value == "headers":
                # session.headers.update({"Authorization": ...}), .update(Authorization=...)
                for arg in node.args:
                    if arg.keyword is None:
                        found.update(h.lower() for h in _display_headers(arg.value, vocab))
                    elif credential_header(arg.keyword.value, vocab):
                        found.add(arg.keyword.value.lower())
            elif _makes_client(func, client_words):
                masking = (dotted_name(func) or "").split(".", 1)[0] in model.masking_header_clients
                for arg in node.args:
                    if arg.keyword is None or arg.keyword.value != "headers":
                        continue
                    if type(arg.value) is cst.Name:
                        handed.append((arg.value.value, masking))
                    else:
                        found.update(h.lower() for h in _display_headers(arg.value, vocab)
                                     if not (masking and h.lower() in masked))
    for name, masking in handed:
        found.update(h.lower() for h in displays.get(name, ()) if not (masking and h.lower() in masked))
    return frozenset(found)
