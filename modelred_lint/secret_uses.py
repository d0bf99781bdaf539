"""Names a function uses as a secret, whatever they are called.

`key = _key(api_key)` then `ModelRed(api_key=key)`, `headers={"Authorization":
f"Bearer {key}"}` or `if not key.startswith("sk-")`: the code itself says that `key` holds
a key, so printing it prints one. Read once per function, flow-insensitively (a key logged
before it is passed on is the same key):
- the value of a keyword argument with a secret's name (`api_key=key`);
- a name inside the value stored under a secret's name in a dict literal, by a
  subscript assignment (`{"x-api-key": key}`, `headers["Authorization"] = f"Bearer {key}"`,
  `os.environ[VAR] = key` of a module constant VAR = "OPENAI_API_KEY") or in a
  secret-named attribute (`openai.api_key = key`);
- the receiver of `startswith` with a literal that is a key format's prefix (`sk-`, `mr_`;
  or of a key format's shape, `lp_`, on a name whose last word is key or token);
- the connection string handed to a database connector (`psycopg.connect(conninfo=dsn)`:
  `connection-string-takers` in rules/shared/secrets.yaml);
- the argument of a call that hashes a credential for storage (`hash_token(key)`: the
  code hashes it because it is one; `secret-hashers` in rules/shared/dataflow.yaml), or
  that decodes a presented token (`jwt.decode(token, ...)`: `token-decoders`);
- a positional argument that lands in a secret-named parameter of a function or class
  of the module (`Reranker(key)` where `Reranker.__init__(self, api_key)`), or of a
  method called on `self` (`self.verify(new_key)` where verify sends `new_key` as a key);
- a name compared for equality with a secret (`presented != settings.API_KEY`,
  `hmac.compare_digest(presented, expected_token)`): the code checks it is that key;
- the URL a request posts to where it is named as a chat's incoming webhook
  (`requests.post(self.webhook_url, json=...)`, `Request(SLACK_WEBHOOK_URL, data=...)`:
  requested-secret-url-words, request-builders): whoever holds it posts to the channel.
Plain names count, and attributes read as dotted names (`headers={"api-key": ctx.embed_key}`:
`ctx.embed_key` is a key wherever the function shows it).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from modelred_lint.keyscan import name_words
from modelred_lint.lazy import cst
from modelred_lint.names import dotted_name, literal_value, names_in, subscript_literal
from modelred_lint.node_walk import FieldPlan, leaf_types, node_types_but, trivia_types
from modelred_lint.text_reads import UNREAD, Reader

ANY_FIELD = "*"  # (dataflow.labels': a field named at run time)


@functools.lru_cache(maxsize=None)
def _run_time_names() -> tuple:
    """What a mapping is indexed by where the name is known only at run time (a literal
    is judged by its text; a number is no name). Made on first use: LibCST is loaded
    lazily, and the prefilter imports this module."""
    return (cst.Name, cst.Attribute, cst.Subscript, cst.Call, cst.FormattedString, cst.BinaryOperation)


def secret_uses(node: cst.FunctionDef, vocab, hashers: frozenset = frozenset(),
                reads: Optional[dict] = None, attributes: Optional[set] = None,
                positional: Optional[dict] = None, constant=None,
                field_reads: frozenset = frozenset({"get"}), callee_reads=None,
                query: tuple = (frozenset(), frozenset()), records=None, webhooks=None) -> frozenset:
    """The local names `node`'s own body uses as a secret (not its nested functions').
    `node` is a function, or anything with a `body` (a module's statements). In the same
    walk, where given: `reads` takes the secret-named keys the body reads of each plain
    name (`reply["api_key"]`, `reply.get("access_token")`; a store, `headers["Authorization"]
    = ...`, is no read; see Interpreter.secret_keys_read), `positional` the positional
    parameters of the module's functions and classes by name (see secret_parameters),
    `attributes` the x of each
    `self.x` it reads (see FlowRules.leave_ClassDef); `constant` gives the expression a
    module-level name is bound to (for a subscript's key), or None; `records`: the
    module's record classes with the secret fields each shows, and the methods that make
    one of a mapping (model_validate, parse_obj), or None; `webhooks`: the dataflow
    model, whose posted_urls and names_requested_secret_url say which URL a request
    posts to a webhook (None: none is looked for); `field_reads`: the
    methods that read a field by its key (get, pop: field-read-calls). A key may be a
    module constant's text, or a loop variable over a module constant listing secrets'
    names (`for field in SECRET_KEYS: data.pop(field)`): each of them is read."""
    found: set[str] = set()
    format_checked: set[str] = set()  # names checked against a key format's prefix
    routed: set[str] = set()  # bare names checked against another prefix too
    stored: set[int] = set()
    digested: set[str] = set()  # what the body hashes (see DIGESTS)
    params = getattr(node, "params", None)  # (a parameter of the same name is not the module's constant)
    own_params = frozenset(p.name.value for p in (*params.posonly_params, *params.params, *params.kwonly_params)) \
        if params is not None else frozenset()
    checks_digest = False
    stack: list = [node.body]
    looped: dict[str, tuple] = {}  # loop variables over a constant list of texts
    sections: dict = {}  # llm = cfg["llm"]: llm -> (cfg, "llm")
    # query = (request methods, query-key-fields): the dicts bound to a name, and the
    # dicts (or names) handed to a request as its params
    displays: dict = {}
    params: list = []
    pairs: list = []  # names handed as auth=, looked up after the walk
    choices: dict[str, list] = {}  # name -> the names it is bound to as it stands or as an `or`'s choice
    splits: dict[str, list] = {}  # parts = s.split(":"): parts -> the names s is
    unpacked: list = []  # the values split into a secret-named target (see _split_into)
    read_kinds = _read_kinds()
    while stack:
        current = stack.pop()
        kind = type(current)
        if kind not in read_kinds:
            # (most nodes: a statement line, a block, an expression's parts: only their
            # children are read)
            stack.extend(_child_nodes(current))
            continue
        if kind is cst.FunctionDef or kind is cst.ClassDef or kind is cst.Lambda:
            continue  # analysed on their own
        if reads is not None:
            base = key = None
            if kind is cst.For and type(current.target) is cst.Name:
                texts = _constant_texts(current.iter, constant)
                if texts:
                    looped[current.target.value] = texts
            if kind is cst.Subscript and type(current.value) in (cst.Name, cst.Attribute) and id(current) not in stored:
                # (of a plain name, or an attribute: self._login["access_token"])
                base, key = dotted_name(current.value), subscript_literal(current)
                index = current.slice[0].slice if key is None and len(current.slice) == 1 else None
                if type(index) is cst.Index and type(index.value) is cst.Name:
                    key = _key_texts(index.value, constant, looped)  # (a tuple: any of them)
            elif kind is cst.Call and type(current.func) is cst.Attribute \
                    and type(current.func.value) in (cst.Name, cst.Attribute) \
                    and current.func.attr.value in field_reads and current.args:
                base, key = dotted_name(current.func.value), literal_value(current.args[0].value)
                if key is None and type(current.args[0].value) is cst.Name:
                    key = _key_texts(current.args[0].value, constant, looped)
            elif kind is cst.AugAssign or kind is cst.AnnAssign:
                stored.add(id(current.target))
            elif kind is cst.Attribute and attributes is not None and type(current.value) is cst.Name \
                    and current.value.value == "self":
                attributes.add(current.attr.value)
            if kind is cst.Subscript and type(current.value) is cst.Subscript and id(current) not in stored \
                    and type(current.value.value) is cst.Name:
                # conf["modelred"]["api_key"]: conf holds it at ("modelred", "api_key")
                outer, inner = subscript_literal(current.value), subscript_literal(current)
                if isinstance(outer, str) and isinstance(inner, str) and names_a_secret(vocab, inner):
                    reads.setdefault(current.value.value.value, set()).add((outer, inner))
            if kind is cst.Assign and len(current.targets) == 1 and type(current.targets[0].target) is cst.Name \
                    and type(current.value) is cst.Subscript and type(current.value.value) is cst.Name:
                section = subscript_literal(current.value)  # llm = cfg["llm"]
                if isinstance(section, str):
                    sections[current.targets[0].target.value] = (current.value.value.value, section)
            # (a key is one text, or the texts a loop variable takes: each is read)
            for one in () if base is None else (key,) if isinstance(key, str) else key if isinstance(key, tuple) else ():
                if names_a_secret(vocab, one):
                    reads.setdefault(base, set()).add(one)
        if kind is cst.Arg:
            # (not credentials=creds: a credential object, which prints as its class)
            if current.keyword is not None and type(current.value) in (cst.Name, cst.Attribute, cst.Subscript) \
                    and names_a_secret(vocab, current.keyword.value):
                found.update(_names_of(current.value))
            elif current.keyword is not None and current.keyword.value in vocab.basic_auth_keywords \
                    and type(current.value) is cst.Tuple:
                found.update(_pair_keys(current.value))
            elif current.keyword is not None and current.keyword.value in vocab.basic_auth_keywords \
                    and type(current.value) is cst.Name:
                pairs.append(current.value.value)  # mj_auth = (public, private); Client(auth=mj_auth)
        elif kind is cst.DictElement:
            key = literal_value(current.key)
            if key is None and constant is not None and type(current.key) is cst.Name \
                    and current.key.value not in own_params:
                bound = constant(current.key.value)  # {KEY_HEADER: key} of KEY_HEADER = "x-rapidapi-key"
                key = literal_value(bound) if bound is not None else None
            if isinstance(key, str) and key and (names_a_secret(vocab, key) or vocab.names_a_key_header(key)):
                found.update(_names_of(current.value))  # {"x-api-key": key}, {"X-Ingest-Key": key}
        elif kind is cst.Tuple and len(current.elements) == 2 and type(current.elements[0].value) is cst.SimpleString \
                and type(current.elements[1]) is cst.Element:
            # (("x-goog-api-key", key),): a header as a pair, gRPC's metadata
            key = literal_value(current.elements[0].value)
            if key and (names_a_secret(vocab, key) or vocab.names_a_key_header(key)):
                found.update(_names_of(current.elements[1].value))
        elif kind is cst.Assign:
            for target in current.targets:
                if type(target.target) is cst.Name:
                    # target = key or caller_key: what `target` holds is one of them (see below)
                    choices.setdefault(target.target.value, []).extend(_choices(current.value))
            if len(current.targets) == 1:
                _note_split(current.targets[0].target, current.value, vocab, splits, unpacked)
            for target in current.targets:
                stored.add(id(target.target))
                stored_at = target.target
                if type(stored_at) is cst.Subscript:
                    key = subscript_literal(stored_at)
                    index = stored_at.slice[0].slice if len(stored_at.slice) == 1 else None
                    if key is None and constant is not None and type(index) is cst.Index and type(index.value) is cst.Name:
                        bound = constant(index.value.value)  # os.environ[VAR] = key
                        key = literal_value(bound) if bound is not None else None
                    if key is None and type(index) is cst.Index and type(index.value) in _run_time_names() \
                            and vocab.names_a_credential_store(dotted_name(stored_at.value) or ""):
                        # self.creds[var] = value (not secrets[name] = arn: what describes one)
                        found.update(n for n in _names_of(current.value) if not vocab.names_a_setting(n))
                elif type(stored_at) is cst.Attribute and not (
                        type(stored_at.value) is cst.Name and stored_at.value.value == "self"):
                    key = stored_at.attr.value  # openai.api_key = key (not self.x: the object's own)
                else:
                    key = None
                    found.update(_fallback_names(stored_at, current.value, vocab))
                if key and names_a_secret(vocab, key):
                    found.update(_names_of(current.value))
                elif key in vocab.basic_auth_keywords and type(current.value) is cst.Tuple:
                    found.update(_pair_keys(current.value))  # session.auth = (token, "token")
        if kind is cst.Assign and type(current.value) in (cst.Dict, cst.Tuple) and len(current.targets) == 1 \
                and type(current.targets[0].target) is cst.Name:
            displays[current.targets[0].target.value] = current.value
        elif kind is cst.Call and query[1] and _last_name(current.func) in query[0]:
            params += [a.value for a in current.args if a.keyword is not None and a.keyword.value == "params"]
        if kind is cst.Call and webhooks is not None:
            found.update(_posted_webhooks(current, webhooks))
        if kind is cst.AnnAssign and current.value is not None:
            found.update(_fallback_names(current.target, current.value, vocab))  # api_key: str = api_key or key
            if type(current.target) is cst.Name:
                choices.setdefault(current.target.value, []).extend(_choices(current.value))
        elif kind is cst.Call and current.args and type(current.func) is cst.Attribute \
                and current.func.attr.value in vocab.connection_string_taker_names \
                and _last_two(current.func) in vocab.connection_string_takers:
            # psycopg.connect(conninfo) / (conninfo=...): the connection string, password and all
            for index, arg in enumerate(current.args):
                if (arg.keyword.value in vocab.connection_string_keywords if arg.keyword is not None
                        else index == 0 and not arg.star) and type(arg.value) in (cst.Name, cst.Attribute):
                    found.update(_names_of(arg.value))
        elif kind is cst.Call and hashers and current.args and type(current.args[0].value) in (cst.Name, cst.Attribute) \
                and current.args[0].keyword is None and (
                    _last_name(current.func) in hashers or _last_two(current.func) in hashers):
            found.update(_names_of(current.args[0].value))  # hash_token(key); jwt.decode(request.token, ...)
        elif kind is cst.Call and type(current.func) is cst.Attribute \
                and current.func.attr.value == "startswith" and type(current.func.value) is cst.Name \
                and current.args:
            prefix = _tested_prefix(current.args[0].value, tested := current.func.value.value, vocab)
            if isinstance(prefix, str) and prefix and vocab.checks_key_format(tested, prefix) \
                    and not vocab.names_a_description(tested):
                # (not organization.startswith("sk-"): a check that an id is no key; a known
                # key format's prefix says a key whatever else the name is tested against)
                (found if vocab.key_prefixes and prefix.startswith(vocab.key_prefixes) else format_checked).add(tested)
            elif isinstance(prefix, str) and len(name_words(tested)) == 1:
                # (a bare key tested against a prefix of no key format's shape too,
                # key.startswith("team:") beside key.startswith("bot-"): a table's key,
                # routed by its kind's prefix)
                routed.add(tested)
        if kind is cst.Comparison and len(current.comparisons) == 1 \
                and type(current.comparisons[0].operator) in (cst.Equal, cst.NotEqual):
            found.update(_compared_with_secret(current.left, current.comparisons[0].comparator, vocab,
                                               constant if not own_params or constant is None
                                               else _unshadowed(constant, own_params)))
        elif kind is cst.Call and len(current.args) == 2 and _last_name(current.func) == "compare_digest":
            found.update(_compared_with_secret(current.args[0].value, current.args[1].value, vocab, constant))
            checks_digest = True
        if kind is cst.Call and current.args and _last_name(current.func) in DIGESTS:
            hashed = current.args[0].value
            if type(hashed) is cst.Call and type(hashed.func) is cst.Attribute and hashed.func.attr.value == "encode":
                hashed = hashed.func.value  # sha256(presented.encode())
            digested.update(_names_of(hashed))
        if kind is cst.Call and reads is not None and callee_reads is not None and type(current.func) is cst.Name:
            # checker(conf) where the module's checker reads conf.get("openai_api_key"):
            # conf holds that field here too (`callee_reads(name)`: the function's
            # parameters and the secret fields it reads of each, or None)
            given = callee_reads(current.func.value)
            if given:
                params, fields = given
                index = 0
                for arg in current.args:
                    if arg.star:
                        break
                    param = arg.keyword.value if arg.keyword is not None else (
                        params[index] if index < len(params) else None)
                    if param is not None and type(arg.value) is cst.Name and fields.get(param):
                        reads.setdefault(arg.value.value, set()).update(fields[param])
                    index += arg.keyword is None
        if kind is cst.Call and reads is not None and records is not None:
            # Session.model_validate(reply), Session(**reply): a record of the module that
            # shows secret fields, made of what a name holds: the name holds them too (a
            # reply logged raw before it is parsed shows the record's token)
            made = _record_made_of(current, records[1])
            fields = records[0].get(made[0]) if made is not None else None
            if fields:
                reads.setdefault(made[1], set()).update(fields)
        if kind is cst.Call and positional and (type(current.func) is cst.Name or type(current.func) is cst.Attribute):
            # (a function or class of the module by its name; a method of its classes on
            # `self`: not ssh.connect(host, ...) where the module has a connect(password))
            if type(current.func) is cst.Name:
                secret = positional.get(current.func.value)
            elif type(current.func.value) is cst.Name and current.func.value.value == "self":
                secret = positional.get(f"self.{current.func.attr.value}")  # self.verify(new_key)
            else:
                secret = None
            if secret:
                index = 0
                for arg in current.args:
                    if arg.star:
                        break
                    if type(arg.value) in (cst.Name, cst.Attribute) and (
                            arg.keyword.value in secret if arg.keyword is not None else index in secret):
                        # Reranker(key): its api_key; Pager(url, token=t); AsyncModelRed(self.key)
                        found.update(_names_of(arg.value))
                    index += arg.keyword is None
        stack.extend(_child_nodes(current))
    found |= format_checked - routed
    if reads is not None:
        for alias, (base, section) in sections.items():
            for key in tuple(reads.get(alias, ())):
                if isinstance(key, str):  # llm["api_key"]: cfg holds it at ("llm", "api_key")
                    reads.setdefault(base, set()).add((section, key))
    for name in pairs:
        bound = displays.get(name) or (constant(name) if constant is not None and name not in own_params else None)
        if type(bound) is cst.Tuple:
            found.update(_pair_keys(bound))
    for given in params:
        # requests.get(url, params={"key": self.publisher_key}): the API's key, sent in the query
        display = displays.get(given.value) if type(given) is cst.Name else given
        for element in display.elements if type(display) is cst.Dict else ():
            if type(element) is cst.DictElement and literal_value(element.key) in query[1]:
                found.update(_names_of(element.value))
    if unpacked:
        found.update(_split_into(unpacked, splits, choices))
    if checks_digest:
        # digest = sha256(presented.encode()).hexdigest(); compare_digest(digest, stored):
        # what is hashed to be checked against a stored digest is a credential
        found |= digested
    # target = key or caller_key; hash_token(target): each value `target` may take that is
    # named like a credential is used as the key (a name bound to another as it stands, or
    # as an `or`'s choice; not the client_ip of `subject = api_key or client_ip`, a rate
    # limiter's fallback)
    stack, seen = [n for n in found if n in choices], set(found)
    while stack:
        for name in choices.get(stack.pop(), ()):
            if name in seen:
                continue
            seen.add(name)
            stack.append(name)
            low = name.lower()
            if any(word in low for word in vocab.message_secret_words) and not vocab.names_a_description(name):
                found.add(name)
    # (a name that says it is a preview, a hash or a description stays what it says:
    # safe_headers["Authorization"] = f"Bearer {token_preview}")
    # (and a name that is a secret's already keeps what the rules made of it: a
    # `credential` documented as an object stays one)
    return frozenset(n for n in found if not vocab.names_a_derivative(n) and not vocab.names_a_description(n)
                     and not vocab.is_secret_name(n.rsplit(".", 1)[-1], strict=True) and n not in _CONSTANTS)


# A prefix a key minted by the code begins with (PREFIX + secrets.token_urlsafe(32)): a
# short word or two and a separator ("gw_live_", "vk-", "tok_"). Linear: each class is
# followed by a different one, and \A holds a search to the text's start.
MINTED_PREFIX = re.compile(r"\A[A-Za-z][A-Za-z0-9]{0,11}(?:[_-][A-Za-z0-9]{1,12}){0,2}[_-]\Z")

# Calls that hash their first argument (hashlib's constructors, by their last name).
DIGESTS = frozenset({"sha256", "sha512", "sha384", "sha1", "sha224", "md5", "blake2b", "blake2s", "sha3_256",
                      "sha3_512"})


# Methods that only trim a text: what they are called on is the key (provided.strip()).
TRIMS = frozenset({"strip", "lstrip", "rstrip"})


# Methods that cut a text into parts: a part named like a secret (`user, password =
# creds.split(":")`) is a secret inside the text (str's own methods, like TRIMS).
SPLITS = frozenset({"split", "rsplit", "partition", "rpartition"})


def _posted_webhooks(call, model) -> list[str]:
    """The names a request posts to as a chat's webhook (see secret_uses)."""
    name = _last_name(call.func)
    if name not in model.http_request_methods and name not in model.request_builders:
        return []  # (most calls: asked of every call of every function)
    args = [a.value for a in call.args if a.keyword is None and not a.star]
    url = next((a.value for a in call.args if a.keyword is not None and a.keyword.value == "url"), None)
    receiver = _last_name(call.func.value) if type(call.func) is cst.Attribute else None
    return [found for value in model.posted_urls(name, receiver, args, url)
            if type(value) in (cst.Name, cst.Attribute) and model.names_requested_secret_url(_last_name(value))
            for found in _names_of(value)]


def _split_receiver(value):
    """The text a split is called on (`s` of `s.split(":")`), or None."""
    if type(value) is cst.Call and type(value.func) is cst.Attribute and value.func.attr.value in SPLITS:
        return value.func.value
    return None


def _note_split(target, value, vocab, splits: dict, unpacked: list) -> None:
    """`parts = s.split(":")` (noted in splits); `ip, port, user, password = parts`,
    `scheme, _, token = header.partition(" ")`, `password = parts[3]`: a secret-named
    target takes a part of the value (noted in unpacked)."""
    if type(target) is cst.Name:
        receiver = _split_receiver(value)
        if receiver is not None:
            splits[target.value] = _choices(receiver)
        elif type(value) is cst.Subscript and names_a_secret(vocab, target.value):
            unpacked.append(value.value)
    elif type(target) in (cst.Tuple, cst.List) and any(
            type(e.value) is cst.Name and names_a_secret(vocab, e.value.value) for e in target.elements):
        unpacked.append(value)


def _split_into(unpacked: list, splits: dict, choices: dict) -> set:
    """The names of the texts split into a secret-named part: the whole text holds the
    secret (`proxy_str` of `ip, port, user, password = proxy_str.split(":")`, raised
    whole when it has another form). Followed back through the names each was bound to
    as it stands (`s = (proxy_str or "").strip()`), where it was bound once."""
    names: list = []
    for value in unpacked:
        receiver = _split_receiver(value)
        if receiver is not None:
            names += _choices(receiver)
        elif type(value) is cst.Name:
            names += splits.get(value.value, ())
    out: set = set()
    while names:
        name = names.pop()
        if name in out:
            continue
        out.add(name)
        bound = choices.get(name, ())
        if len(bound) == 1:
            names.append(bound[0])
    return out


def _pair_keys(pair) -> list:
    """auth=(user, password): the password; auth=(write_key, ""): the user is the key."""
    if len(pair.elements) != 2:
        return []
    user, password = (e.value for e in pair.elements)
    # (a literal password, "" or Graylog's "token": the user part is the key)
    return _names_of(password) + (_names_of(user) if isinstance(literal_value(password), str) else [])


def _fallback_names(target, value, vocab) -> list:
    """`api_key = api_key or key` (a deprecated keyword's value), `api_key = key`: what a
    name called a secret's is bound to, as it stands or as an `or`'s choice, is that key
    (not a description, key_id)."""
    if type(target) is not cst.Name or not names_a_secret(vocab, target.value):
        return []
    return [n for n in _choices(value) if not vocab.names_a_description(n)]


def _choices(value) -> list:
    """The names a value is, as it stands or as an `or`'s choice (of `auth_enabled and
    provided`, the value chosen, not the flag; of `provided.strip()`, `provided`)."""
    parts, stack = [], [value]
    while stack:
        node = stack.pop()
        if type(node) is cst.BooleanOperation and type(node.operator) is cst.Or:
            stack += [node.left, node.right]
        elif type(node) is cst.BooleanOperation:  # provided and provided.strip(): the value is the last
            stack.append(node.right)
        elif type(node) is cst.IfExp:  # key if key else fallback_key: either
            stack += [node.body, node.orelse]
        elif type(node) is cst.Call and type(node.func) is cst.Attribute and node.func.attr.value in TRIMS:
            stack.append(node.func.value)
        elif type(node) is cst.Name:
            parts.append(node.value)
    return parts


def names_a_secret(vocab, name: str) -> bool:
    """A strict secret's name, not a credential object's holder (creds, credentials)."""
    return vocab.is_secret_name(name, strict=True) and not vocab.names_a_credential_holder(name)


def _constant_texts(node, constant) -> tuple:
    """The texts a literal list, tuple or set lists, or a module constant bound to one."""
    if type(node) is cst.Name and constant is not None:
        node = constant(node.value)
    if type(node) not in (cst.List, cst.Tuple, cst.Set):
        return ()
    texts = tuple(literal_value(e.value) for e in node.elements)
    return texts if texts and all(isinstance(t, str) for t in texts) else ()


def _key_texts(name, constant, looped: dict):
    """A key given by a name: a module constant's text, or the texts a loop variable
    takes (a tuple), or None."""
    if name.value in looped:
        return looped[name.value]
    bound = constant(name.value) if constant is not None else None
    text = literal_value(bound) if bound is not None else None
    return text if isinstance(text, str) else None


def _compared_with_secret(left, right, vocab, constant=None) -> list[str]:
    """The plain name on one side of an equality whose other side reads a secret by
    its name (settings.API_KEY, row["api_key"], os.environ["ADMIN_TOKEN"], api_key), or
    is a module constant bound to a literal key (`key != _DEMO_KEY`)."""
    out = []
    for mine, other in ((left, right), (right, left)):
        if type(mine) is cst.Name and (_reads_a_secret(other, vocab) or _literal_key_constant(other, vocab, constant)):
            out.append(mine.value)
    return out


def _unshadowed(constant, params):
    return lambda name: None if name in params else constant(name)


def _literal_key_constant(node, vocab, constant) -> bool:
    if constant is None or type(node) is not cst.Name:
        return False
    bound = constant(node.value)
    text = literal_value(bound) if bound is not None else None
    return isinstance(text, str) and vocab.holds_secret_key(text)


def _reads_a_secret(node, vocab) -> bool:
    kind = type(node)
    if kind is cst.Name:
        name = node.value
    elif kind is cst.Attribute:
        name = node.attr.value
        owner = node.value
        if type(owner) in (cst.Name, cst.Attribute) and vocab.names_an_enumeration(_last_name(owner)):
            return False  # AuthMethods.SECRET_KEY: a kind of authentication, not the key
    elif kind is cst.Subscript:
        name = subscript_literal(node)
    elif kind is cst.Call and node.args and _last_name(node.func) in ("get", "getenv"):
        name = literal_value(node.args[0].value)
    else:
        return False
    return bool(name) and names_a_secret(vocab, name)


@functools.lru_cache(maxsize=None)
def _read_kinds() -> frozenset:
    """The node types secret_uses' walk reads (any other is only entered)."""
    return frozenset({cst.FunctionDef, cst.ClassDef, cst.Lambda, cst.For, cst.Subscript, cst.Call, cst.AugAssign,
                      cst.AnnAssign, cst.Attribute, cst.Assign, cst.Arg, cst.DictElement, cst.Comparison, cst.Tuple})


@functools.lru_cache(maxsize=None)
def _walked_types() -> frozenset:
    """The node types worth entering: all but white space, punctuation and the nodes
    that hold no expression, and plain strings (a name is read at its parent)."""
    return node_types_but(trivia_types(), leaf_types(), {cst.SimpleString})


_PLAN: Optional[FieldPlan] = None


def _child_nodes(node) -> list:
    """A node's children worth entering, in field order, read from the fields that can
    hold one (LibCST's `children` rebuilds the node; white space and punctuation
    fields are not read at all)."""
    global _PLAN
    plan = _PLAN
    if plan is None:
        plan = _PLAN = FieldPlan(_walked_types())
    fields = plan.known.get(type(node))
    if fields is None:
        fields = plan.fields(type(node))
    walked = plan.wanted
    out = []
    for name in fields:
        value = getattr(node, name)
        kind = type(value)
        if kind is tuple or kind is list:
            out.extend([v for v in value if type(v) in walked])
        elif kind in walked:
            out.append(value)
    return out


def _last_two(func) -> Optional[str]:
    """`jwt.decode` of `jwt.decode(...)` and of `jose.jwt.decode(...)`."""
    name = dotted_name(func) if type(func) is cst.Attribute else None
    return ".".join(name.split(".")[-2:]) if name else None


def _last_name(func) -> Optional[str]:
    if type(func) is cst.Name:
        return func.value
    return func.attr.value if type(func) is cst.Attribute else None


# Names that are constants (api_key=None hands over no name).
_CONSTANTS = frozenset({"None", "True", "False"})


def _names_of(value) -> list[str]:
    """`key`, f"Bearer {key}", "Bearer " + key, "Bearer %s" % key, `ctx.embed_key`: the
    names (plain or dotted) the stored value is made of; `cfg["rest_key"]` as a field,
    `cfg.rest_key` (what the interpreter keys a literal subscript by)."""
    if isinstance(value, cst.Name):
        return [value.value]
    if type(value) is cst.Attribute:
        name = dotted_name(value)
        return [name] if name else []
    if type(value) is cst.Subscript:
        base, key = dotted_name(value.value), subscript_literal(value)
        if base and isinstance(key, str):
            return [f"{base}.{key}"] if key else []
        if base and len(value.slice) == 1 and type(value.slice[0].slice) is cst.Index \
                and type(value.slice[0].slice.value) not in (cst.SimpleString, cst.ConcatenatedString):
            return [base]  # api_key=keys[i], a pool's: the sequence holds keys, each of them
        return []
    if isinstance(value, cst.FormattedString):
        text = " ".join(p.value for p in value.parts if type(p) is cst.FormattedStringText)
        if sum(word.isalpha() for word in text.split()) >= 2:
            # {"api_key": f"required for {self.provider}"}: a message about the field (a
            # form error's), not a credential (f"Bearer {token}", f"{user}:{password}")
            return []
        return [n for part in value.parts if isinstance(part, cst.FormattedStringExpression)
                for n in _names_of(part.expression)
                if type(part.expression) in (cst.Name, cst.Attribute, cst.Subscript)]
    if isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Add):
        return _names_of(value.left) + _names_of(value.right)
    if isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Modulo) \
            and type(value.left) in (cst.SimpleString, cst.ConcatenatedString):
        # "Bearer %s" % key, "%s:%s" % (user, password): the values put in the text
        right = value.right
        parts = [e.value for e in right.elements] if type(right) is cst.Tuple else [right]
        return [n for part in parts if type(part) in (cst.Name, cst.Attribute) for n in _names_of(part)]
    if type(value) is cst.BooleanOperation:  # {"x-api-key": comfy_key or ""}
        return _names_of(value.left) + _names_of(value.right)
    return []


def mapping_secret_fields(module: cst.Module, vocab, local_names=None, parsers: bool = True) -> dict[str, frozenset]:
    """Mappings of the module (a name that says so: settings, config, env; and
    os.environ) and the secret-named fields the module reads from them anywhere
    (`settings.MODELRED_API_KEY`, `config["api_key"]`, `os.environ.get("OPENAI_API_KEY")`;
    a section's, `CONFIG["s3"]["secret_access_key"]`, as a path): shown whole
    (`settings.as_dict()`, `dict(os.environ)`, `CONFIG["s3"]`), they show those.
    Any other name read by a key (`azure["api_key"]`, `current_app.config["X_KEY"]`) is
    a mapping too, where the read is of the module's own object: not inside a function
    that binds that name itself (`local_names(function)`: its parameters and locals).
    `parsers`: does the module make a configuration file's parser? Only there is
    `cfg.get("airline", "api_key")` an option of a section, not a dict's field read with
    a default (`self.config.get("token_path", "access_token")`)."""
    found: dict[str, set] = {}
    stack: list = [(module, _NOTHING_SHADOWED)]
    read_kinds, scopes = _mapping_read_kinds()
    while stack:
        current, shadowed = stack.pop()
        kind = type(current)
        if kind not in read_kinds:
            # (most nodes: only their children are read)
            stack.extend([(child, shadowed) for child in _child_nodes(current)])
            continue
        base = field = None
        keyed = True
        if kind is cst.Attribute:
            base, field, keyed = current.value, current.attr.value, False
        elif kind is cst.Subscript:
            base, field = current.value, subscript_literal(current)
        elif kind is cst.Call and type(current.func) is cst.Attribute \
                and current.func.attr.value == "get" and current.args:
            base, field = current.func.value, literal_value(current.args[0].value)
        if parsers and kind is cst.Call and base is not None and (
                (isinstance(field, str) and not names_a_secret(vocab, field)) or type(current.args[0].value) is cst.Name) \
                and len(current.args) >= 2 and current.args[1].keyword is None:
            # cfg.get("airline", "api_key") of a ConfigParser: the option of a section; of a
            # section named at run time, cfg.get(provider, "api_key"), of any section
            option = literal_value(current.args[1].value)
            if isinstance(option, str) and names_a_secret(vocab, option):
                name = _mapping_name(base, vocab) or _keyed_name(base, shadowed)
                if name:
                    found.setdefault(name, set()).add((field if isinstance(field, str) else ANY_FIELD, option))
        if base is not None and field and isinstance(field, str) and names_a_secret(vocab, field):
            name = _mapping_name(base, vocab) or (_keyed_name(base, shadowed) if keyed else None)
            if name:
                found.setdefault(name, set()).add(field)
            elif type(base) is cst.Subscript and isinstance(subscript_literal(base), str):
                # CONFIG["s3"]["secret_access_key"]: the mapping holds it in a section
                name = _mapping_name(base.value, vocab) or _keyed_name(base.value, shadowed)
                if name:
                    found.setdefault(name, set()).add((subscript_literal(base), field))
        if kind is cst.FunctionDef and local_names is not None:
            shadowed = _Shadowed(shadowed, current, local_names)
        elif kind in scopes:
            shadowed = _Shadowed(shadowed, current, _bound_in)
        stack.extend([(child, shadowed) for child in _child_nodes(current)])
    return {name: frozenset(fields) for name, fields in found.items()}


@functools.lru_cache(maxsize=None)
def _mapping_read_kinds() -> tuple:
    """The node types mapping_secret_fields reads (a field read, a scope), and of them
    the scopes that bind names of their own (_OWN_SCOPES, as types)."""
    scopes = frozenset(getattr(cst, name) for name in _OWN_SCOPES)
    return frozenset({cst.Attribute, cst.Subscript, cst.Call, cst.FunctionDef}) | scopes, scopes


class _Shadowed:
    """The names the enclosing scopes bind, read only when a keyed read asks (most
    functions have none: reading every function's locals was a tenth of a module's
    analysis)."""

    __slots__ = ("outer", "node", "read", "names")

    def __init__(self, outer, node, read) -> None:
        self.outer, self.node, self.read, self.names = outer, node, read, None

    def __contains__(self, name: str) -> bool:
        if self.names is None:
            self.names = self.read(self.node)
        return name in self.names or name in self.outer


_NOTHING_SHADOWED: frozenset = frozenset()


def _tested_prefix(argument, tested: str, vocab):
    """The prefix `tested.startswith(argument)` checks: a literal, or of a tuple of
    literals (`value.startswith(("sk-", "sk-ant-", "AIza"))`) the first that is a key
    format's for that name (else the first); None where it is no literal."""
    if type(argument) is not cst.Tuple:
        return literal_value(argument)
    prefixes = [literal_value(e.value) for e in argument.elements]
    texts = [p for p in prefixes if isinstance(p, str) and p]
    return next((p for p in texts if vocab.checks_key_format(tested, p)), texts[0] if texts else None)


def may_read_secret_field(text: str, name: str, vocab) -> bool:
    """Could `mapping_secret_fields` find a field of the mapping `name` in this text? A
    superset read on the text (text_reads.py), before the module is walked: most
    mappings a module shows are read only at fields named like no secret. `name` (its
    last part, for a dotted one) followed by a `.` and a secret's name, by `.get(` and a
    literal that is one (its first argument, whatever its keyword, or its second), or by
    a `[` and a literal that is one or that a second `[` or `.` follows (a section:
    CONFIG["s3"][...]). A literal not read plainly counts as a secret's name."""
    reader = Reader(text)

    def secret(value) -> bool:
        return value is UNREAD or (value is not None and names_a_secret(vocab, value))

    for i in reader.places(name.rsplit(".", 1)[-1]):
        if i >= reader.end:
            continue  # (past a `#` in a string on the last line: later places may be code)
        mark = text[i]
        if mark == ".":
            field, i = reader.name_at(reader.code_after(i + 1))
            if field != "get":
                if field and names_a_secret(vocab, field):
                    return True
                continue
            i = reader.code_after(i)
            if i < reader.end and text[i] == "(":
                value, i = reader.literal_at(reader.past_keyword(i + 1))
                if secret(value):
                    return True
                if value is not None and i < reader.end and text[i] == ",":  # cfg.get("section", "api_key")
                    if secret(reader.literal_at(i + 1)[0]):
                        return True
                if value is None:  # cfg.get(provider, "api_key"): a section named at run time
                    word, j = reader.name_at(reader.code_after(i))
                    j = reader.code_after(j)
                    if word and j < reader.end and text[j] == "," and secret(reader.literal_at(j + 1)[0]):
                        return True
        elif mark == "[":
            value, i = reader.literal_at(i + 1)
            if secret(value):
                return True
            if value is None:
                continue  # cfg[k], cfg[0]: no literal field
            if i >= reader.end or text[i] != "]":
                return True  # cfg["a", "b"], ...: not read here
            i = reader.code_after(i + 1)
            if i < reader.end and text[i] in "[.":
                return True  # a section, read at a field next
    return False


# Scopes whose names are not the module's: a lambda's parameters, a comprehension's
# variables, a class body's own bindings (see _bound_in).
_OWN_SCOPES = frozenset({"Lambda", "ListComp", "SetComp", "DictComp", "GeneratorExp", "ClassDef"})


def _bound_in(node) -> frozenset:
    """The names a lambda, a comprehension or a class body binds for itself."""
    kind = type(node)
    if kind is cst.Lambda:
        params = node.params
        return frozenset(p.name.value for p in (*params.posonly_params, *params.params, *params.kwonly_params))
    if kind is cst.ClassDef:
        return frozenset(t.target.value for s in node.body.body if type(s) is cst.SimpleStatementLine
                         for small in s.body if type(small) is cst.Assign
                         for t in small.targets if type(t.target) is cst.Name)
    names, comp = set(), node.for_in
    while comp is not None:
        names.update(names_in(comp.target))  # (k, v; an attribute's names too: a superset)
        comp = comp.inner_for_in
    return frozenset(names)


def _keyed_name(base, shadowed) -> Optional[str]:
    """The name (plain or dotted) of a structure read by a key, where it is the module's
    object, not a name the enclosing function binds; or an instance's, `self.cfg` (what
    one method reads of it, `self.cfg.get("doors", "password")`, another shows with it;
    not `self` itself, nor `cls`'s)."""
    name = dotted_name(base) if type(base) in (cst.Name, cst.Attribute) else None
    if not name:
        return None
    root = name.split(".", 1)[0]
    if root == "self":
        return name if "." in name else None
    return None if root in shadowed or root == "cls" else name


def _mapping_name(base, vocab):
    if isinstance(base, cst.Name):
        return base.value if vocab.names_a_mapping(base.value) else None
    if isinstance(base, cst.Attribute) and isinstance(base.value, cst.Name) \
            and base.value.value == "os" and base.attr.value == "environ":
        return "os.environ"
    return None


def secret_parameters(module, vocab) -> dict:
    """For each function and class of the module (top level), the positions of its
    positional parameters named like a secret (a class's: its `__init__`'s, after self),
    where there is one: what `secret_uses` reads a positional argument by. A parameter
    whose name is a secret's only in some places (`token`, `key`) counts where the
    function itself uses it as one (`Pager(url, token)` whose `__init__` sends
    `f"Bearer {token}"`), by position and by keyword: the callee says what it is."""
    out = {}
    for statement in module.body:
        function = statement
        skip = 0
        if type(statement) is cst.ClassDef:
            function = next((s for s in statement.body.body
                             if type(s) is cst.FunctionDef and s.name.value == "__init__"), None)
            skip = 1
            # its other methods, as `self.verify(new_key)` calls them (keyed so: a method
            # is told apart from a module's function and from another object's method)
            for method in statement.body.body:
                if type(method) is cst.FunctionDef and method.name.value != "__init__" and not any(
                        _last_name(d.decorator) == "staticmethod" for d in method.decorators):
                    secret = _secret_positions(method, vocab, 1)
                    if secret:
                        key = f"self.{method.name.value}"
                        out[key] = out.get(key, frozenset()) | secret
        if type(function) is not cst.FunctionDef:
            continue
        secret = _secret_positions(function, vocab, skip)
        if secret:
            out[statement.name.value] = secret
    return out


def _secret_positions(function, vocab, skip: int) -> frozenset:
    """The positions (and, for a name that is a secret's only in some places, the
    names) of a function's secret parameters, after the first `skip`."""
    params = [p.name.value for p in (*function.params.posonly_params, *function.params.params)][skip:]
    secret = frozenset(i for i, name in enumerate(params) if names_a_secret(vocab, name))
    # (a name that is a secret's only in some places, token; or one whose last word is a
    # secret's, portal_key: a secret where the function uses it as one)
    maybe = [name for name in params if not vocab.is_secret_name(name, strict=True)
             and (vocab.is_secret_name(name) or vocab.ends_in_secret_word(name))]
    if maybe:
        used = secret_uses(function, vocab)
        secret |= {i for i, name in enumerate(params) if name in maybe and name in used}
        secret |= {name for name in maybe if name in used}
    return secret


def _record_made_of(call, parsers) -> Optional[tuple[str, str]]:
    """(class, name) where a call makes a record of a plain name's mapping:
    `Record.model_validate(name)` (a parser method, by its name) or `Record(**name)`."""
    func = call.func
    if not call.args or type(call.args[0].value) is not cst.Name:
        return None
    first = call.args[0]
    if type(func) is cst.Attribute and type(func.value) is cst.Name and func.attr.value in parsers \
            and first.keyword is None and not first.star:
        return func.value.value, first.value.value
    if type(func) is cst.Name and len(call.args) == 1 and first.star == "**":
        return func.value, first.value.value
    return None
