"""The dataflow rules' prefilter test on CPython's tree: could a secret reach a raise
(MR020) or a log call (MR021) within one function?

It mirrors what the rules (checks/dataflow_rules.py) take as a secret source: names as
the rules read them (names, attributes, parameters, keywords, subscript and .get()
keys, module constants bound to a secret's name), calls of a secrets reader, and calls
of a function of the module that is a source. CPython's parser is about eight times
faster than LibCST's, so this costs a fraction of the parse it spares.
"""

from __future__ import annotations

import ast
import bisect
import re
from collections import deque
from dataclasses import dataclass
from typing import Optional

from modelred_lint import neighbours
from modelred_lint.bounded import keep
from modelred_lint.code_text import code_views
from modelred_lint.documented_parameters import read_docstring
from modelred_lint.flow_model import (
    matches,
    names_secret_file,
    names_secret_file_path,
    reads_key_header,
    stands_in,
)
from modelred_lint.imported_facts import may_return_secret
from modelred_lint.keyscan import name_words
from modelred_lint.names import FORMAT_FIELDS
from modelred_lint.secret_uses import DIGESTS as _DIGESTS
from modelred_lint.secret_uses import MINTED_PREFIX, SPLITS, TRIMS, names_a_secret
from modelred_lint.sink_text import (
    CALL_OPEN,
    EXCEPTION_ENDINGS,
    IDENTIFIER_CHARS,
    helper_call_openings,
    imported_as,
    named_sink,
    renames,
)
from modelred_lint.triggers import (
    PerOwner,
    ScanText,
    Test,
    any_secret_name,
    gated,
    lowered,
    name_word_starts,
    new_memo,
    pattern_fragments,
    python_tree,
    secret_names,
    without_superstrings,
)
from modelred_lint.triggers import ast_last_name as _last_name


@dataclass(frozen=True)
class FlowScopes:
    raises: bool  # a function holds a secret source and a raise
    logs: bool  # a function holds a secret source and a log call
    # The function definitions that hold a sink of their own (a raise, a log or output
    # call, a call of a helper that logs or raises what it is handed) that the scan finds
    # could show a secret (every one with a sink, where the module keeps a secret in an
    # object, which the scan does not follow to a sink: see verdict), by their places
    # among all the module's definitions (nested ones too) in the source's order
    # (function_places); None: any function may show one (a keyed client's errors, or
    # the text was not walked).
    functions: Optional[frozenset] = None


_ANY = FlowScopes(True, True)
_NONE = FlowScopes(False, False)


def output_tails(flow) -> frozenset:
    """The last names of the output functions that can be imported under another name
    (from sys import exit as die)."""
    return frozenset(c.rsplit(".", 1)[-1] for c in flow.output_calls if "." in c)


def log_call_test(flow) -> Test:
    """A call of a log method or an output function, by its last name: the name standing
    alone and an opening bracket after it. Each name is looked for with str.find (a
    regex alternation tries every name at every position: twice the cost)."""
    names = tuple(sorted({*flow.log_methods, *(c.rsplit(".", 1)[-1] for c in flow.output_calls)}))
    renamed = output_tails(flow)
    # (an imported output helper, print_banner(...): its name's first word, the name
    # run to its end; written in any case, printBanner, PrintBanner)
    helpers = tuple(sorted(flow.output_helper_words))

    def test(scan: ScanText) -> bool:
        text = scan.text
        if renames(text, renamed):
            return True
        if "print_exc" in text:
            return True  # (traceback's printers, under any name they are imported by)
        for name in names:
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                # (A letter outside ASCII before the name counts as a boundary: a superset.)
                if (at == 0 or text[at - 1] not in IDENTIFIER_CHARS) and CALL_OPEN.match(text, end):
                    return True
                at = text.find(name, end)
        return bool(helpers) and next(helper_call_openings(text, scan.get(lowered), helpers), None) is not None

    return test


def _build_unnamed_words(knowledge) -> tuple:
    """The words of the sources a secret-like name need not announce, and the request
    credential fields (request.headers) and the names of files of secrets looked for in
    the lowered text."""
    flow = knowledge.dataflow
    readers = pattern_fragments((*flow.secret_calls, *flow.token_providers, *flow.secret_mapping_calls,
                                 *flow.credential_getters))
    prefixes = knowledge.vocab.key_prefixes
    # (a signature's words are looked for together: _signatures)
    splats = [f"{name}(**" for name in flow.password_splat_calls]  # MySQLConnection(**config)
    clients = [f"{c.rsplit('.', 1)[-1]}(" for c in knowledge.sdk.clients]  # ModelRed(key): the key by position
    clients += list(flow.hidden_input_keywords)  # typer.Option(..., hide_input=True)
    clients += [base for method in flow.secret_key_methods for base in method["bases"]]  # (an APIKeyHeader's key)
    # a key minted here (PREFIX + secrets.token_hex(24)) or a signed token (jwt.encode(...))
    clients += [f"{name}(" for name in _SECRETS_MAKERS if name.startswith("token_")]
    clients += [".".join(c.split(".")[-2:]) for c in flow.minting_calls]
    clients += [f".{m}" for m in flow.minting_methods]  # AccessToken(...).to_jwt()
    # (and a minting call imported by its own name, `from flask_jwt_extended import
    # create_access_token`, by that name: those whose last name is no common word)
    clients += [c.rsplit(".", 1)[-1] for c in flow.minting_calls if "_" in c.rsplit(".", 1)[-1]]
    clients += list(flow.token_request_fields)  # data={"grant_type": ...}: an OAuth token request
    clients += [max(flow.token_exchange_fields, key=len)] if flow.token_exchange_fields else []  # (all are there)
    clients += list(flow.secret_hashers)  # hash_token(x): x is a credential, whatever its name
    clients += [f"{taker}(" for taker in knowledge.vocab.connection_string_takers]  # psycopg.connect(dsn)
    # (and what is hashed to be compared with a stored digest: compare_digest(sha256(x), d))
    clients.append("compare_digest")
    clients += list(flow.token_url_prefixes)  # f"https://api.telegram.org/bot{token}": the bot's token
    # params={"key": k}: a query's key field (query-key-fields), quoted as a dict's key
    clients += [f"{quote}{field}{quote}" for field in flow.query_key_fields for quote in "\"'"]
    # (a file of secrets named, "keys.json", ".env", is looked for apart: _names_secret_file)
    requests = without_superstrings(f"{word}.{attr}".lower() for word in flow.request_words
                                    for attr in flow.request_credential_fields)
    # Each word with its gate (a secret-name word it holds: `get_api_key`, `key`): most
    # texts lack most gates, which the name stages have looked for already. The calls
    # with a splat are looked for behind the one they share, `(**`, which most lack too.
    words = gated(knowledge, without_superstrings((*readers, *prefixes, *splats, *clients)))
    splatted = tuple(word for word, gate in words if gate is None and _SPLAT in word)
    return tuple(pair for pair in words if pair[0] not in splatted), splatted, requests


_SPLAT = "(**"


def _from_imported(tree) -> frozenset:
    """The names the module's top level imports by `from` (in `try:` and `if` blocks
    too): the rules' imported_facts.imported_names."""
    out, bodies = set(), [tree.body]
    while bodies:
        for node in bodies.pop():
            kind = type(node)
            if kind is ast.ImportFrom:
                out.update(a.asname or a.name for a in node.names)
            elif kind is ast.Try or kind is ast.If:
                bodies.append(node.body)
    return frozenset(out)


def _annotation_name(node) -> Optional[str]:
    """A name an annotation is made of: `Creds`, and `types.Creds` by its last part (as
    the rules' annotation_names read it)."""
    kind = type(node)
    return node.id if kind is ast.Name else node.attr if kind is ast.Attribute else None


def _file_name_fragments(patterns) -> list:
    """What the text of a literal naming a file of secrets holds for sure: each pattern's
    longest part without a star, and where that part is a bare suffix (`.env`, which
    os.environ holds too) with a quote or a slash beside it."""
    out = []
    for pattern in patterns:
        part = max(pattern.lower().split("*"), key=len)
        if not part:
            continue
        if part.startswith("."):
            out += [f'"{part}', f"'{part}", f"/{part}", f'{part.rstrip(".")}"', f"{part.rstrip('.')}'"]
        else:
            out.append(part)
    return out


_unnamed_words = PerOwner(_build_unnamed_words)
# Each fragment once, less those that hold another (`_keys.json` holds `keys.json`, and
# every quoted form of `.secrets.yaml` holds `secrets.yaml`), with its gate as the unnamed
# sources' words have theirs (`secrets.json`: `secret`; a text without it lacks the name).
_secret_file_fragments = PerOwner(lambda knowledge: gated(knowledge, without_superstrings(_file_name_fragments(
    knowledge.dataflow.secret_file_names + knowledge.dataflow.secret_file_path_names))))


def _names_secret_file(scan: ScanText) -> bool:
    """Does the lowered text name a file of secrets ("keys.json", ".env": a path's case
    is not read, `names_secret_file`)? Asked by the source test and again by the scan:
    read once per file."""
    low = scan.get(lowered)
    starts = scan.get(name_word_starts)
    return any((gate is None or starts[gate] >= 0) and fragment in low
               for fragment, gate in _secret_file_fragments(scan.knowledge))


def _build_signatures(knowledge) -> tuple:
    """The parameter names of each signature known to hand over a structure holding a
    secret, with the module it must be imported in where one is named (the rules take
    Bolt's `context` for one only in a module importing slack_bolt). The rules take such
    a parameter for a source only where the whole signature stands in a function's
    parameters, so every one of its names is in the text. In each, the names most
    signatures share first (`kwargs`: absent, it rules them all out with one search),
    then the longest (the rarest, most often)."""
    signatures = [
        {*s["signature"], *([s["module"]] if s.get("module") else [])}
        for s in knowledge.dataflow.structure_parameters if s["signature"]
    ]
    shared = {word: sum(word in other for other in signatures) for signature in signatures for word in signature}
    return tuple(tuple(sorted(signature, key=lambda w: (-shared[w], -len(w), w))) for signature in signatures)


_signatures = PerOwner(_build_signatures)


def _unnamed_sources(scan: ScanText) -> bool:
    """Sources a secret-like name need not announce: a secrets reader or token provider
    called, a literal key (bound to any name), a parameter of a signature known to hand
    over a structure holding a secret; and what the modules it imports from may hand
    over: a record class with a secret field (from .base import WorkspaceConfig), a
    function that may return one (from .auth import get_credentials), a class whose
    instance's requests may carry a key in their URLs (imported_clients)."""
    return _own_unnamed_sources(scan) or bool(scan.get(imported_records)) or bool(scan.get(imported_sources)) \
        or bool(scan.get(imported_clients))


def _own_sources(scan: ScanText) -> bool:
    """A secret's source in the text itself, not looking into the modules it imports
    from: what the rules, set up on a module to summarise one of its functions for an
    importer, can find there (they look no further)."""
    return any_secret_name(scan) or _own_unnamed_sources(scan)


def _own_unnamed_sources(scan: ScanText) -> bool:
    holds = scan.holds  # (each name searched once for all the signatures and triggers)
    for signature in _signatures(scan.knowledge):
        for word in signature:
            if not holds(word):
                break
        else:
            return True
    words, splatted, requests = _unnamed_words(scan.knowledge)
    starts = scan.get(name_word_starts)
    for word, gate in words:
        if (gate is None or starts[gate] >= 0) and holds(word):
            return True
    if splatted and holds(_SPLAT) and any(holds(word) for word in splatted):
        return True
    low = scan.get(lowered)
    if any(word in low for word in requests) or scan.get(_names_secret_file):
        return True
    if any(word in low for word in scan.knowledge.dataflow.requested_secret_url_words):
        return True  # requests.post(self.webhook_url): a chat's webhook (the rules' request_url_labels)
    if _stores_credentials(scan):
        return True  # self.creds[var] = value: what is put in a credential store (the rules' secret_uses)
    if ".startswith(" in scan.text and _checks_key_format(scan.text, scan.knowledge.vocab):
        return True  # portal_key.startswith("lp_"): a key, by the format the code checks
    # auth=(write_key, ""): a basic-auth pair, whatever its names (the rules' secret_uses)
    return any(holds(word) and _given_a_pair(scan.text, word) for word in scan.knowledge.vocab.basic_auth_keywords)


def imported_sources(scan: ScanText) -> frozenset:
    """The names the text imports by `from` of a module beside it whose call the rules
    look up there (imported_facts.may_return_secret), where that module's own text holds
    a secret's source (_own_sources: the rules summarise what it says; where the file's
    place is unknown, every such name): a function named as a getter of a secret
    (get_api_key), and a class named as a store of secrets that the text calls a getter
    on (KeyStore.get_key): what the quick stage needs. The walk takes a call of such a
    function for a source (a superset of the rules' imported_returns, which read what it
    returns), and looks a class's getter up where it meets the call
    (`_ScopeScan._imported_getter`). A getter named for a secret, a class's or not, is a
    secret's name itself, which the name stage finds: where the text holds none, only a
    store's getter can be one."""
    text = scan.text
    imports = scan.get(from_imports)
    if not imports:
        return frozenset()
    knowledge = scan.knowledge
    named = scan.get(secret_names) != (False, False)
    found = set()
    for module_name, level, listed in imports:
        for name, local in listed:
            # (a settings loader, load_config(), or a key's maker, generate_unified_key():
            # its name says no secret, so the text need hold none; a superset of what the
            # rules find it returns)
            if not ((named and _may_return(knowledge, local, None)) or _loads_config(knowledge, local) or (
                    _mints(knowledge, local)) or (
                    local[:1].isupper() and knowledge.vocab.names_a_secret_store(local)
                    and _calls_secret_method(text, local, knowledge))):
                continue
            if confirmed_import(scan.path, module_name, level, name, knowledge):
                found.add(local)
    return frozenset(found)


def _loads_config(knowledge, local: str) -> bool:
    """A function imported by a settings loader's name (load_config). (The memo of
    may_return_secret first: it answers no for nearly every imported name.)"""
    return not local[:1].isupper() and _may_return(knowledge, local, None) and knowledge.vocab.names_a_config_loader(local)


def _mints(knowledge, local: str) -> bool:
    """A function imported by a key's maker's name (generate_unified_key, create_token)."""
    return not local[:1].isupper() and _may_return(knowledge, local, None) and knowledge.vocab.names_a_minter(local)


def confirmed_import(path: Optional[str], module_name: str, level: int, name: str, knowledge) -> bool:
    """Does the module beside the file at `path` that `from <module> import name` reads
    hold a secret's source of its own (True where the file's place is unknown)?"""
    if path is None:
        return True
    file = neighbours.module_file(path, module_name or None, level)
    text = neighbours.text_of(file) if file is not None else None
    if text is not None and (f"class {name}" in text or f"def {name}(" not in text):
        # (the class's or function's own module: a package's __init__ may re-export it)
        file = neighbours.defining_file(path, module_name or None, level, name) or file
    held = neighbours.read(file) if file is not None else None
    return held is not None and _module_sources(held, knowledge, file)


def _calls_secret_method(text: str, local: str, knowledge) -> bool:
    """Does the text call a method on `local` that may_return_secret takes
    (`KeyStore.get_key(...)`, `Auth.get_api_key()`)? Each `local.` read forward over the
    method's name: linear."""
    mark = f"{local}."
    at = text.find(mark)
    while at >= 0:
        end = at + len(mark)
        if at == 0 or text[at - 1] not in IDENTIFIER_CHARS:
            method = _NAME_RUN.match(text, end).group()
            if method and _may_return(knowledge, local, method):
                return True
        at = text.find(mark, end)
    return False


_NAME_RUN = re.compile(r"[A-Za-z0-9_]*")

# Per knowledge: (name, method) -> may_return_secret's answer (the same imported names come
# back in file after file). Bounded.
_returning_of = PerOwner(new_memo, 100_000)


def _may_return(knowledge, local: str, method: Optional[str]) -> bool:
    """may_return_secret, kept per name."""
    memo = _returning_of(knowledge)
    key = (local, method)
    held = memo.get(key)
    if held is None:
        held = memo[key] = may_return_secret(knowledge, local, method)
    return held


# Per knowledge: (path, digest) -> does that module's own text hold a secret's source. Bounded.
_module_verdicts = PerOwner(new_memo, 4096)


def _module_sources(held: tuple, knowledge, path: str) -> bool:
    memo = _module_verdicts(knowledge)
    key = (path, held[1])
    verdict = memo.get(key)
    if verdict is None:
        verdict = memo[key] = _own_sources(ScanText(held[0], knowledge, path))
    return verdict


# `from .base import A, B as C` and `from x import (\n A,  # note\n B)`: the module (its
# dots, then its name) and what is imported (up to the closing bracket, comments too). A
# starting literal lets the engine skip to each at C speed; no part can take another's text.
_FROM_IMPORT = re.compile(r"from[ \t]+([\w.]+)[ \t]+import[ \t]*(?:\(([^)]*)|((?:[\w \t,]|\\\r?\n)*))")
# A name declared in a class body, at the start of a line (`    acme_api_key: str`; a
# dict's key there too: a superset)
_DECLARED = re.compile(r"^[ \t]*(\w+)[ \t]*:", re.MULTILINE)


def from_imports(scan: ScanText) -> tuple:
    """The text's `from` imports: (module, its level of dots, [(name, local name)]) each
    (read once for imported_records and imported_sources)."""
    text = scan.text
    if "import" not in text:
        return ()
    out = []
    for match in _FROM_IMPORT.finditer(text):
        listed = match.group(2) if match.group(2) is not None else match.group(3)
        module_name = match.group(1).lstrip(".")
        out.append((module_name, len(match.group(1)) - len(module_name), neighbours.imported_names(listed)))
    return tuple(out)


def imported_records(scan: ScanText) -> frozenset:
    """The names the text imports by `from` of classes named like a record
    (imported-record-words: WorkspaceConfig, AwsCredentials) that the rules could find
    showing a secret field in their module: where the file's place is known, those whose
    class there declares a field with a secret's name (read as text, a superset of the
    rules' record fields); where it is not, all of them."""
    flow, vocab = scan.knowledge.dataflow, scan.knowledge.vocab
    if not flow.imported_record_words:
        return frozenset()
    found = set()
    for module_name, level, listed in scan.get(from_imports):
        # (the class's name there, the local one; its words kept per name: flow_model)
        pairs = [pair for pair in listed if flow.names_imported_record(pair[1])]
        if not pairs:
            continue
        if scan.path is None:
            found.update(local for _, local in pairs)
            continue
        for name, local in pairs:
            # (the module that defines the class: a package's __init__ may re-export it)
            file = neighbours.defining_file(scan.path, module_name or None, level, name)
            module = neighbours.text_of(file) if file is not None else None
            if module is not None and declares_secret_field(module, name, vocab):
                found.add(local)  # (none found: the rules find no class either)
    return frozenset(found)


def imported_clients(scan: ScanText) -> frozenset:
    """The capitalised names the text imports by `from`, calls (`Name(`: an instance
    made) and catches an error near (an `except` anywhere) whose module has a function
    or method whose request's URL may carry a secret (url_methods): a method of the
    instance may let that request's error reach a handler here (the rules'
    instance_url_errors). Where the file's place is unknown, every such name called."""
    text = scan.text
    if "except" not in text:
        return frozenset()
    found = set()
    for module_name, level, listed in scan.get(from_imports):
        for name, local in listed:
            if not local[:1].isupper() or f"{local}(" not in text or not _binds_instance(text, local):
                continue
            if scan.path is None:
                found.add(local)
                continue
            file = neighbours.defining_file(scan.path, module_name or None, level, name)
            if file is not None and may_have_url_methods(file, scan.knowledge):
                found.add(local)
    return frozenset(found)


def _binds_instance(text: str, local: str) -> bool:
    """Could the text bind a name to an instance of `local` as the rules read one
    (`x = Local(...)`, `x = await Local(...)`, `with Local(...) as x`, also bracketed or
    as a later item of a with statement)? Each call of it read back over spaces and `await` to an
    `=`, a `with` or a comma: linear."""
    mark = f"{local}("
    at = text.find(mark)
    while at >= 0:
        if at == 0 or text[at - 1] not in IDENTIFIER_CHARS and text[at - 1] != ".":
            before = text[max(0, at - 40):at].rstrip()
            if before.endswith("await"):
                before = before[:-5].rstrip()
            if before.endswith("("):
                before = before[:-1].rstrip()  # (with (Cls(...) as x, ...): the bracketed form)
                if before.endswith("with") and not before[-5:-4].isidentifier():
                    return True
            elif before.endswith(("=", ",")) or (before.endswith("with") and not before[-5:-4].isidentifier()):
                return True
        at = text.find(mark, at + len(mark))
    return False


def declares_secret_field(module: str, name: str, vocab) -> bool:
    """Does a `class name` at the margin of this module's text declare, before the next
    definition at the margin (`class`, `def`, a decorator), a name that is a secret's?
    (A superset of its body's annotated fields: a multi-line header, a docstring's text
    at the margin and the statements after the class are read too.)"""
    for end in neighbours.class_headers(module, name):
        stops = [found for found in (module.find(f"\n{word}", end) for word in _MARGIN_DEFINITIONS) if found >= 0]
        body = module[end:min(stops) if stops else len(module)]
        if any(vocab.is_secret_name(field, strict=True) for field in _DECLARED.findall(body)):
            return True
    return False


_MARGIN_DEFINITIONS = ("class ", "def ", "async def ", "@")


def _stores_credentials(scan: ScanText) -> bool:
    """`creds[` (`self.creds[var] = value`, `(self.creds)[var]`), in the lowered text: a
    store's name ends with one of its words (credential-store-words), whatever its case.
    Each occurrence of a word is read forward over spaces and closing brackets to an
    opening one: linear."""
    low = scan.get(lowered)
    for word in scan.knowledge.vocab.credential_store_words:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            while end < len(low) and low[end] in " \t)":
                end += 1
            if end < len(low) and low[end] == "[":
                return True
            at = low.find(word, end)
    return False


def _checks_key_format(text: str, vocab) -> bool:
    """Is a name's key format checked anywhere (`key.startswith("sk-")`, `portal_key.
    startswith("lp_")`: the rules' secret_uses, vocab.checks_key_format)? Each occurrence
    read back over its receiver's name (which ends at the occurrence before) and forward
    over a short literal: linear."""
    mark = ".startswith("
    at = text.find(mark)
    while at >= 0:
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        i = at + len(mark)
        while i < len(text) and text[i] in " \t":
            i += 1
        # (a tuple of prefixes, startswith(("sk-", "AIza")): each of its first few literals)
        tupled = i < len(text) and text[i] == "("
        for _ in range(8 if tupled else 1):
            if tupled:
                i += 1
                while i < len(text) and text[i] in " \t\n,":
                    i += 1
            if not (start < at and i < len(text) and text[i] in "'\""):
                break
            end = text.find(text[i], i + 1, i + 24)
            if end <= 0:
                break
            if vocab.checks_key_format(text[start:at], text[i + 1:end]):
                return True
            i = end
        at = text.find(mark, at + len(mark))
    return False


def _given_a_pair(text: str, keyword: str) -> bool:
    """Does `keyword` stand anywhere before `=` and an opening bracket, spaces allowed
    (`auth=(`, `auth = (`)? Each occurrence read forward from its end: linear."""
    end = len(text)
    at = text.find(keyword)
    while at >= 0:
        i = at + len(keyword)
        while i < end and text[i] in " \t":
            i += 1
        if i < end and text[i] == "=":
            i += 1
            while i < end and text[i] in " \t":
                i += 1
            if i < end and text[i] == "(":
                return True
        at = text.find(keyword, at + len(keyword))
    return False


def _some_secret(scan: ScanText) -> bool:
    # The names first: MR004's trigger has read them already (the analysis is shared).
    return any_secret_name(scan) or scan.get(_unnamed_sources)


def some_secret(scan: ScanText) -> bool:
    """A word of the text that could be a secret's source (once per file: the message
    rules' triggers both ask)."""
    return scan.get(_some_secret)


def flow_scopes(scan: ScanText) -> FlowScopes:
    # (the names first: the quick stages have read them, and a strict one spares the
    # search for the other sources)
    strict, maybe = scan.get(secret_names)
    if not strict and not scan.get(_unnamed_sources):
        if not (strict or (maybe and (scan.get(_says_secret_words) or _LONG_LITERAL.search(scan.text)))):
            return _NONE  # (a random literal bound to a maybe-name, token = "...", is a key)
    # (also where another stage has parsed the file already: the verdict must not
    # depend on which rule's stage ran first, and this test is the narrower one)
    if not _in_code(scan):
        return _NONE
    tree = scan.get(python_tree)
    if tree is None:  # LibCST will say what is wrong (MR000)
        return _ANY
    scanner = _scanner(scan)
    scanner.imported_records = scan.get(imported_records)
    scanner.imported_sources = scan.get(imported_sources)
    scanner.imported_classes = {local: (module_name, level, name) for module_name, level, listed in scan.get(from_imports)
                               for name, local in listed if local[:1].isupper()}
    # (a literal naming a file of secrets, in the lowered text: see _file_paths)
    raises, logs = scanner.verdict(tree, names_secret_file=scan.get(_names_secret_file))
    return FlowScopes(raises, logs, scanner.functions)


def _scanner(scan: ScanText) -> "_ScopeScan":
    """A walker of the file's tree, set up with what the text says (not yet what the
    modules it imports from hold)."""
    knowledge = scan.knowledge
    # (the lists appended to anywhere in the text, before or after a loop over them)
    scanner = _ScopeScan(knowledge.vocab, knowledge.dataflow, _defined_names(scan.text),
                         knowledge.secret_name_words, _client_tails(knowledge.sdk),
                         _provider_config_tails(knowledge.sdk), _row_lists(scan.text))
    scanner.knowledge = knowledge
    scanner.path = scan.path
    scanner.text = scan.text
    return scanner


# (path, digest) -> url_methods' answer, per process; the first kept dropped first
_URL_METHODS: dict = {}
_HELD_URL_METHODS = 1024


def _may_request(scan: ScanText) -> bool:
    """Could the text make a request the flow scan reads as one (_ScopeScan._is_request):
    an HTTP module or subprocess named, or a call on a receiver whose last word is a
    client's (`self._client.post(`), in any case; or make a client that sends its key in
    its URLs (query-key and key-checking clients, by their modules' first parts)?"""
    knowledge = scan.knowledge
    flow = knowledge.dataflow
    if any(scan.holds(module) for module in flow.http_modules) or scan.holds("subprocess"):
        return True
    low = scan.get(lowered)
    if any(f"{word}." in low for word in flow.http_client_words):
        return True
    _, modules, _ = _query_clients_of(flow)
    return any(scan.holds(part) for parts in modules.values() for part in parts)


def _sources_in_code(scan: ScanText) -> bool:
    """The module's own sources read again in its code alone, without comments and
    docstrings (an SDK's modules name the key in their documentation): a view only
    loses words of the text, so a source the view lacks is in no code."""
    views = code_views(scan.text)
    if views is None:
        return True
    return _own_sources(ScanText(views.quiet, scan.knowledge, scan.path, within=scan))


def may_have_url_methods(path: str, knowledge) -> bool:
    """url_methods' tests on the module's text alone, before its tree is walked (the
    text stages' question: the walk is left to the exact stage, which asks only of the
    methods a handler's try body calls)."""
    held = neighbours.read(path)
    if held is None:
        return False
    key = (path, held[1], "text")
    found = _URL_METHODS.get(key)
    if found is None:
        scan = ScanText(held[0], knowledge, path)
        found = keep(_URL_METHODS, key, _may_request(scan) and _own_sources(scan) and _sources_in_code(scan),
                     _HELD_URL_METHODS)
    return found


def url_methods(path: str, knowledge) -> frozenset:
    """The functions and methods of the module at `path` (a neighbour of a linted file)
    whose requests' errors may quote a URL that carries a secret, by their names: its
    own flow scan's url helpers, read as the rules read the module for an importer (its
    own sources only: they look no further). Nothing where it cannot be read or parsed,
    or names no source; each module's text scanned once per process."""
    held = neighbours.read(path)
    if held is None:
        return frozenset()
    text, digest = held
    key = (path, digest)
    found = _URL_METHODS.get(key)
    if found is None:
        found = frozenset()
        if may_have_url_methods(path, knowledge):
            try:
                tree = ast.parse(text)
            except Exception:  # noqa: BLE001 - SyntaxError, ValueError (NUL), RecursionError, MemoryError
                tree = None
            if tree is not None:
                scan = ScanText(text, knowledge, path)
                scanner = _scanner(scan)
                try:
                    scanner.verdict(tree, names_secret_file=scan.get(_names_secret_file))
                    # (a client made with the key whose calls' errors quote it: any of the
                    # module's functions may call it, a superset)
                    found = frozenset(scanner.definitions) if scanner.keyed_clients else scanner.url_helpers
                except RecursionError:
                    found = frozenset(scanner.definitions)  # (too deep to follow: any of them, a superset)
        keep(_URL_METHODS, key, found, _HELD_URL_METHODS)
    return found


# The last names of the calls that write a message (log methods, output functions, and
# those that raise with it, pytest.fail), and of those that can be imported under another
# name (from sys import exit as die; from pytest import fail as die).
_sink_names = PerOwner(lambda flow: (
    tuple(sorted({*flow.log_methods, *(c.rsplit(".", 1)[-1] for c in flow.output_calls), *flow.raising_tails,
                  *flow.assertion_messages})),
    output_tails(flow) | flow.raising_tails, tuple(sorted(flow.output_helper_words))))

# The last names of the SDK's client classes, whose first positional argument is the key;
# and of its ProviderConfig, whose methods make a dict of their keywords.
_client_tails = PerOwner(lambda sdk: frozenset(c.rsplit(".", 1)[-1] for c in sdk.clients))
_provider_config_tails = PerOwner(lambda sdk: frozenset(c.rsplit(".", 1)[-1] for c in sdk.provider_config))

# `def name` and `class name` anywhere in the text (strings, comments and `undef x` too:
# a superset of the module's functions and classes, which are all the rules summarise or
# read as records). Two patterns that start with a literal: the regex engine skips to
# it at C speed (an alternation behind \b tried every position, twelve times slower).
_DEFINITIONS = (re.compile(r"def[ \t]+([A-Za-z_][A-Za-z0-9_]*)"), re.compile(r"class[ \t]+([A-Za-z_][A-Za-z0-9_]*)"))


# Per flow model: whether a call by its last name keeps its arguments (see _carries),
# and whether it is a secrets reader's or a token provider's. Per vocabulary: whether a
# string literal holds one of the words that make a maybe-secret a secret in a message
# ("key", "token"...). The same names and literals come back in every file. Bounded.
_carries_memo_of = PerOwner(new_memo, 200_000)
_source_calls_of = PerOwner(new_memo, 200_000)
_message_words_of = PerOwner(new_memo, 100_000)


class _ModelNames:
    """The sets of call names _ScopeScan reads, derived from the flow model: made once per
    model, not again for every file's scan (they are the same sets each time)."""

    def __init__(self, flow) -> None:
        # The calls whose first argument names what they read (a field, a variable).
        self.key_calls = flow.field_read_calls | {"getenv"}
        self.field_readers = flow.field_read_calls | {"getattr"}
        # Calls whose result keeps their arguments' and receiver's secrets, whatever they
        # are called on (the rules' string operations and structure reads).
        carrying = flow.text_calls | frozenset(flow.container_calls) | self.key_calls
        if flow.secret_file_names:
            # (a file of secrets' path made, opened and read: Path(".env"), open(p),
            # fh.read(); the rules' secret_file_read)
            carrying = carrying | flow.file_reading_calls | flow.path_calls | {"open"}
        self.carrying = carrying
        # Methods that return (a field of) their receiver alone.
        self.receiver_only = (frozenset(flow.container_calls) | self.key_calls) - flow.text_calls - _MUTATORS
        self.command_tails = frozenset(c.rsplit(".", 1)[-1] for c in flow.command_calls)
        self.output_tails = frozenset(c.rsplit(".", 1)[-1] for c in flow.output_calls)
        # Methods whose result is the structure itself or all its values: the rules'
        # container calls but those that read one field.
        self.whole_methods = (frozenset(flow.container_calls) - self.field_readers) | {"__dict__"}
        self.env_read_tails = frozenset(c.rsplit(".", 1)[-1] for c in flow.env_read_calls) - {"__call__"}
        # A try body's calls whose errors can quote a secret: requests, and command
        # runners (subprocess.run(...), whose CalledProcessError quotes the command line)
        self.request_methods = flow.http_request_methods | self.command_tails


_model_names_of = PerOwner(_ModelNames)


def _build_query_clients(flow) -> tuple[dict, dict, frozenset]:
    """The clients made with a key whose errors can hold it, as the walk reads them: the
    query-key clients and the key-checking ones by the last name of the call that makes
    one (-> its key's keyword and place), the first parts of the modules each is made
    from, and the last names of the builders' setters (`.token(TOKEN)`: the module is
    the chain's first call's)."""
    tails: dict = {}
    modules: dict[str, set[str]] = {}
    setters: set[str] = set()
    made = [*flow.query_key_clients.items()]
    for client, (keyword, position, setter) in flow.key_checking_clients.items():
        if setter is None:
            made.append((client, (keyword, position)))
        else:
            tails[setter] = (keyword, position)
            modules.setdefault(setter, set()).add(client.split(".", 1)[0])
            setters.add(setter)
    for client, how in made:
        tail = client.rsplit(".", 1)[-1]
        tails[tail] = how
        modules.setdefault(tail, set()).add(client.split(".", 1)[0])
    return tails, modules, frozenset(setters)


# Per flow model: the query-key and key-checking clients by their last names (see
# _ScopeScan), made once.
_query_clients_of = PerOwner(_build_query_clients)


def _chain_head(func: ast.AST) -> Optional[str]:
    """The dotted name of the first call of a chain of calls (`Application.builder` of
    `Application.builder().concurrent_updates(True).token`), or None."""
    while type(func) is ast.Attribute and type(func.value) is ast.Call:
        func = func.value.func
    return _dotted(func)


# Per flow model: the last names of the url-builders and of the minting calls, and the
# minting calls' last two parts (jwt.encode), made once rather than for every file.
_call_names_of = PerOwner(lambda flow: (
    frozenset(n.rsplit(".", 1)[-1] for n in flow.url_builders),
    frozenset(n.rsplit(".", 1)[-1] for n in flow.minting_calls),
    frozenset(".".join(n.split(".")[-2:]) for n in flow.minting_calls)))


def _module_strings(tree: ast.Module) -> dict:
    """The module's names bound to a string literal anywhere outside its functions and
    classes (`X = "..."`, `X: Final = "..."`, in an `if` or a `try` too: a superset of the
    rules' module constants), the last binding of each."""
    out: dict = {}
    stack = list(reversed(tree.body))
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind is ast.Assign or kind is ast.AnnAssign:
            for targets, value in _constants((node,)):
                if type(value) is ast.Constant and type(value.value) is str:
                    out.update((target.id, value) for target in targets if type(target) is ast.Name)
        elif kind in (ast.If, ast.Try, ast.With) or kind.__name__ == "TryStar":
            for block in reversed(_blocks(node)):  # (popped in the source's order)
                stack.extend(reversed(block))
    return out


def _row_lists(text: str) -> set[str]:
    """The names before each `.append` of the text (`rows.append((id, cfg))`): lists
    that may hold tuples, the rules' appended rows. Each occurrence is read back over
    its receiver's name, no further than the occurrence before: linear."""
    found: set[str] = set()
    mark = ".append"
    floor = 0  # (each read back stops where the occurrence before ended)
    at = text.find(mark)
    while at >= 0:
        # out.append(, out .append(, (out).append(: whatever is appended (a superset of the
        # tuples: the argument may stand behind a comment or a continued line)
        end = at
        while end > floor and text[end - 1] in " \t":
            end -= 1
        if end > floor and text[end - 1] == ")":
            end -= 1
        start = end
        while start > floor and (text[start - 1].isalnum() or text[start - 1] in "_."):
            start -= 1
        if start < end:
            found.add(text[start:end].strip("."))
        floor = at + len(mark)
        at = text.find(mark, floor)
    return found


def _defined_names(text: str) -> frozenset[str]:
    return frozenset(_DEFINITIONS[0].findall(text)).union(_DEFINITIONS[1].findall(text))


def _says_secret_words(scan: ScanText) -> bool:
    """Does the text hold a word that makes a maybe-secret a secret in a message ("key",
    "token")? Asked by flow_scopes and again by _in_code: read once per file."""
    low = scan.get(lowered)
    return any(word in low for word in scan.knowledge.vocab.message_secret_words)


def _in_code(scan: ScanText) -> bool:
    """The words that let the file this far, read again in its code alone (without
    comments and docstrings; code_text.py), before CPython parses it: a sink outside
    strings, a secret's source outside comments and standalone strings, and a sink
    whose arguments could hold a name (sink_text.py). On real-llm this stops a quarter
    of the files that reached the parse (those that name a key only in their
    documentation, say "raises" only there, or raise and log only constants)."""
    views = code_views(scan.text)
    if views is None:  # (an f-string whose field holds its own quote, 3.12's; a string left open)
        return True
    knowledge = scan.knowledge
    names, renamed, helpers = _sink_names(knowledge.dataflow)
    # First the sinks: one outside strings whose arguments could hold a name. (This
    # finds every sink a search for raise, assert, __init__, log and raising calls
    # would, and reads their arguments: where every one is made of constants, none
    # holds a secret.)
    if not named_sink(views.bare, names, renamed, helpers) and "def __str__" not in views.bare:
        return False  # (an exception's __str__ returns its message: a sink the text test does not read)
    # Then a secret's source outside comments and standalone strings. A view only loses
    # words of the text (each part it removes stands as a space, and no word holds one):
    # a source the whole text lacks, the view lacks too.
    # (a strict name first: the cheaper test, its words searched only where the whole
    # text holds them; the order changes the cost, not the answer)
    quiet = ScanText(views.quiet, knowledge, scan.path, within=scan)
    strict, maybe = quiet.get(secret_names)
    if strict or (scan.get(_unnamed_sources) and quiet.get(_unnamed_sources)):
        return True
    # (the message's words and a long literal are looked for in the whole text)
    return maybe and (scan.get(_says_secret_words) or _LONG_LITERAL.search(scan.text) is not None)


# How secret-like each name is, per vocabulary: the same names come back in every file,
# and the vocabulary's test is costly. Bounded.
_levels_of = PerOwner(new_memo, 200_000)


def _token_level(vocab, name: str, words: tuple = ()) -> int:
    """How a name reads as a secret's: strict (a secret's name, or a structure's that
    holds one by convention), a secret's only where the message says so, or not.
    `words`: the last words of every secret's and structure's name (Knowledge's
    secret_name_words); a name that holds none of them is neither (the prefilter's
    name stages rely on the same), and is told so without the vocabulary's test."""
    if words:
        low = name.lower()
        if not any(word in low for word in words):
            return 0
    # (_STRICT, _MAYBE or 0; a name of a secret's variable is none: its read is, _key)
    return vocab.secret_level(name, variables=False)


# Calls that cut a text in parts (secret_uses.SPLITS): unpacked, the last part is the
# rest of a secret text (user, password = creds.split(":"); scheme, _, token =
# auth.partition(" ")).
_SPLITTERS = SPLITS
# Calls that put their arguments into their receiver (the rules follow `update`; the
# others are taken too, to stay on the safe side).
_MUTATORS = frozenset({"update", "append", "extend", "insert", "add", "setdefault", "add_header"})
_STRICT, _MAYBE = 2, 1
# How many rounds the names bound to a secret file's path are followed (see _file_paths).
_PATH_ROUNDS = 4
# A string literal long enough to be a key, assigned: `token = "..."` (its name may be
# only a maybe-secret's; the rules take a random value bound to it for a key).
_LONG_LITERAL = re.compile(r"""=[ \t]*[rRbBuU]{0,2}["'][^"'\s]{16}""")


class _Atoms:
    """What an expression is made of, as far as a secret is concerned: the secret-like
    things in it by themselves (`level`: 2 a strict secret, 1 a name that is a secret's
    only where the message's words say so), the names and dotted names it reads, the
    functions of the module it calls, and whether its literals name a secret."""

    __slots__ = ("level", "names", "calls", "words", "promote", "fields", "pathful", "via", "named", "made")

    def __init__(self) -> None:
        self.level = 0
        self.names: set[str] = set()
        # The names read whose own name says secret (api_key: 2, token: 1). As the rules,
        # a name the function binds only to values it can see into (a loop variable, a
        # slice, an f-string) is judged by those values, not by its name: see _level.
        self.named: dict[str, int] = {}
        # Structures of which a field not named like a secret is read (cfg["model"],
        # cfg.model): as the rules' field_of, such a field holds a secret only where one
        # was put at a field not named like one (see `pathful`), not a whole secret's.
        self.fields: set[str] = set()
        # The value may hold a secret at a field not named like one ({"model": key},
        # d[k] = key, d.update(...), what a function of the module returns).
        self.pathful = False
        self.calls: set[str] = set()
        self.words = False
        # Assigned, any secret-like part makes a strict secret (the error of a request
        # whose URL carries even a bare `token` is one: see _request_errors).
        self.promote = False
        # A text made here (an f-string, a concatenation or %-format, a template's
        # .format): its words say what an ambiguous name in it is (the rules' said_secret).
        self.made = False
        # Calls of a function of the module by its name, with their arguments kept
        # apart: (name, positional, keywords, splat). The result holds an argument's
        # secret only where that parameter reaches a return (the rules' summaries), and
        # the function's own secret where it returns one (see verdict).
        self.via: list[tuple[str, list, dict, bool]] = []


class _Scope:
    __slots__ = ("parent", "assignments", "sinks", "calls", "tainted", "followed", "params", "wrapped",
                 "namespaces", "secret_attribute_bases", "dumped", "digested", "checks_digest", "property", "pathful", "requests", "returns", "shape",
                 "clear", "opaque", "transparent", "return_parts", "token_responses",
                 "token_bodies", "returns_namespace", "declared", "keyed", "choices", "node", "text_tokens",
                 "shared", "shared_pathful")

    def __init__(self, parent: Optional["_Scope"]) -> None:
        self.parent = parent
        # A method's: what the class's methods hold in `self.x` (its level), and which of
        # those may hold it at a field not named like one, one dict and one set for the
        # whole class (_share_attributes), read as if the method bound them itself.
        self.shared: Optional[dict[str, int]] = None
        self.shared_pathful: Optional[set[str]] = None
        self.followed = False
        self.assignments: list[tuple[list[str], _Atoms]] = []
        self.sinks: list[tuple[str, _Atoms]] = []  # ("raise" | "log", its arguments)
        self.calls: set[str] = set()
        self.tainted: dict[str, int] = {}  # name -> level, within this function
        self.pathful: set[str] = set()  # tainted names that may hold a secret at any field
        self.requests: list = []  # calls by a request method's name (requests or not: _is_request)
        self.returns: list[_Atoms] = []  # what its return statements (and yields) give
        # (params, vararg, kwarg) of a function: which argument lands in which parameter
        self.shape: tuple = ((), None, None)
        # Names the function binds to a value it can see into (clear) or cannot (opaque);
        # transparent: bound, and only ever to clear values (set after the walk).
        self.clear: set[str] = set()
        self.opaque: set[str] = set()
        self.transparent: frozenset[str] = frozenset()
        self.declared: frozenset[str] = frozenset()  # the names it declares `global`
        # Per return: what each element of its tuple is made of, or None (not a tuple;
        # a yield): the rules' Summary.parts, for `a, b = f(...)` (see _settle_unpacks)
        self.return_parts: list = []
        self.params: tuple[str, ...] = ()
        # Calls of a function by name, with what their arguments are made of: a function
        # that writes a parameter into a log call or an exception is a sink too.
        self.wrapped: list[tuple[str, _Atoms]] = []
        # Names bound to a namespace (args = parser.parse_args()), and the names whose
        # secret-named attribute is read: both, the rules' namespace holding a secret.
        self.namespaces: set[str] = set()
        self.secret_attribute_bases: set[str] = set()
        self.dumped: set[str] = set()  # names handed to asdict(), vars(), or dumped by x.model_dump()
        self.digested: set[str] = set()  # names hashed (sha256(x.encode())), and whether a
        self.checks_digest = False  # digest is compared (compare_digest): the rules' secret_uses
        self.property: Optional[str] = None  # a method read as an attribute: its name
        self.token_responses: set[str] = set()  # resp = requests.post(TOKEN_URL, data={"grant_type": ...})
        self.token_bodies: set[str] = set()  # data = {"grant_type": ...}: a token request's body
        self.returns_namespace = False  # return parser.parse_args()
        self.keyed: set[str] = set()  # names used as a key (_used_as_key)
        self.choices: dict[str, list[str]] = {}  # target = key or caller_key: target -> its names
        self.node: Optional[ast.AST] = None  # the function's definition (none for the module)
        # A parser's or a lexer's function (its name's, or its class's: text-token-functions),
        # where the rules read a bare `token` as a word of its text
        self.text_tokens = False


# The name an except clause without one gives its error, where a traceback of it is written.
_CAUGHT = "\0caught"
_TRACEBACK_PRINTS = frozenset({"print_exc", "print_exception"})
# ... and those that give it as text (the rules' _FORMATTED_TRACEBACKS), by their last name.
_TRACEBACK_TEXTS = frozenset({"format_exc", "format_exception", "format_exception_only"})


def _traceback_call(node: ast.Call, name: Optional[str]) -> bool:
    """log.exception(...), or a call given exc_info (not False, None or 0): as the rules'
    MessageSinks._writes_traceback."""
    if name == "exception" and type(node.func) is ast.Attribute:
        return True
    return any(k.arg == "exc_info" and not _falsy_literal(k.value) for k in node.keywords)


def _falsy_literal(value) -> bool:
    """False, None or the integer 0, written so (what the rules read as no traceback)."""
    return type(value) is ast.Constant and (value.value is False or value.value is None
                                            or (type(value.value) is int and value.value == 0))


def _writes_traceback(body, printers: frozenset = _TRACEBACK_PRINTS) -> bool:
    """Does an except clause write its error's traceback (a log call's, a print of it)?"""
    for statement in body:
        for node in ast.walk(statement):
            if type(node) is ast.Call and (_traceback_call(node, _last_name(node.func))
                                           or _last_name(node.func) in printers
                                           or _last_name(node.func) in _TRACEBACK_TEXTS):
                return True
    return False


class _ScopeScan:
    """One walk of CPython's tree: per function, its assignments and its sinks (a raise
    of a call, a log or output call) with what their arguments are made of. Then a
    secret is followed through the function's own assignments (flow-insensitively, so
    more than the rules follow), and a function reports only where a sink's arguments
    hold something secret-like. This mirrors the rules: they label a value by its name,
    by its source (a secrets reader, an environment variable named like a secret, a key
    literal), by the functions of the module that return one, and through assignments,
    containers and string operations within one function; a call's result holds no
    secret of its arguments (only a summarised function's parameters carry through, and
    those are in the call's arguments here)."""

    def __init__(self, vocab, flow, defined: frozenset[str] = frozenset(), secret_words: tuple = (),
                 clients: frozenset = frozenset(), provider_configs: frozenset = frozenset(),
                 row_lists: frozenset = frozenset()) -> None:
        self.vocab = vocab
        self.flow = flow
        self._secret_words = secret_words
        # The names of the module's functions and classes: a call of one of them may
        # return what it is handed (a summary's parameter, a record's field); a call of
        # anything else by its name returns no secret of its arguments (the rules).
        self.defined = defined
        self._from_imported: frozenset = frozenset()  # (per module: verdict)
        self.imported_records: frozenset = frozenset()  # (per module: see imported_records)
        self.imported_sources: frozenset = frozenset()  # (per module: see imported_sources)
        self.knowledge = None
        self.path: Optional[str] = None
        # local name -> (module, level, name) of the text's `from` imports, and what
        # _imported_getter found of each class
        self.imported_classes: dict = {}
        self._instances: Optional[dict] = None  # see _imported_instances
        self._methods_named: Optional[frozenset] = None  # see _method_names
        self._constructions: list = []  # (name, capitalised callee) of x = Cls(...) (see _assignment)
        # The functions and methods whose requests' errors quote a URL carrying a secret
        # (set by _sources: what an importer's flow scan reads of this module, url_methods)
        self.url_helpers: frozenset = frozenset()
        self.keyed_clients = False  # a client made with a secret whose calls' errors may quote it
        self.functions: Optional[frozenset] = None  # (see FlowScopes.functions; set by verdict)
        self._instance_methods: dict = {}  # (class, method) -> see _imported_instance_method
        self._getter_classes: dict = {}
        self._values_parameters: dict[int, str] = {}  # id(scope) -> a validator's values parameter
        names = _model_names_of(flow)  # (see _ModelNames)
        self._key_calls, self._field_readers, self._carrying = names.key_calls, names.field_readers, names.carrying
        # (both per flow model, not per file: the same names come back in every file)
        self._carries_memo, self._source_calls = _carries_memo_of(flow), _source_calls_of(flow)
        self._message_words = _message_words_of(vocab)  # does a literal say "key", "token"...
        self._needed: dict[int, set[str]] = {}  # per function: the names its returns are made of
        self._maybe_sources: set[str] = set()  # functions that return a maybe-secret (see _sources)
        # The names bound to a path of a file of secrets, where the text names one (see
        # _file_paths); None where it names none
        self._secret_paths: Optional[set] = None
        self._any_path = False  # (past _PATH_ROUNDS: any name may be one)
        self._receiver_only = names.receiver_only
        self._exception_class = False  # in a class whose base names an exception
        self._class_bases: set = set()  # the last names of the enclosing class's bases
        self._class_groups: dict[str, list] = {}  # each class of the module by name: its methods
        self._class_name: Optional[str] = None  # the enclosing class's name (see _Scope.text_tokens)
        self._key_members: dict[str, int] = {}  # class attributes bound to a secret's name (its level), any class
        # The local names each module (by its first part) is imported under anywhere in
        # the file, for the request test (as the rules' qualified names).
        self._imported: dict[str, set[str]] = {}
        self._pending_requests: list = []
        self._caught: list[Optional[str]] = []  # the name of each except clause's error entered (None: unread)
        self._printers: Optional[frozenset] = None  # see _printers_of
        self._pending_responses: list = []
        self._helper_errors: list[tuple[_Atoms, set[str], "_Scope"]] = []
        self._name_collections: set[str] = set()
        self._pending_unpacks: list = []  # (scope, names per element, function, the call's atoms)
        # llm = cfg["llm"]: (scope, llm) -> {cfg}; and the names a secret field is read of
        self._sections: dict = {}
        self._secret_field_bases: list = []  # (scope, base)
        # The positions of the secret-named positional parameters of the module's
        # functions and classes (Reranker(key) where __init__(self, api_key)): such an
        # argument is used as a key (the rules' secret_uses).
        self._positional_secrets: dict[str, frozenset] = {name: frozenset({0}) for name in clients}  # ModelRed(key)
        # Parameters that are a secret's only where their function uses them as one (token,
        # portal_key): by the name the function is called by, (its definition, [(position,
        # parameter)]); and the arguments given to them, settled after the walk
        self._maybe_parameters: dict[str, list] = {}
        self._maybe_arguments: list = []  # (caller's scope, definition, parameter, names)
        self._clients = clients
        self._provider_configs = provider_configs  # ProviderConfig, by its last name
        # Names bound to a string with a placeholder (DSN_TEMPLATE = "...{password}..."),
        # anywhere: a template's `.format(**db)` reads the fields it names.
        self._templates: dict[str, list[str]] = {}
        self._secret_name_vars: set[str] = set()
        self._command_tails = names.command_tails
        self.definitions: dict[str, list[_Scope]] = {}  # every function of each name
        self._output_tails = names.output_tails
        self._output_aliases: set[str] = set()  # from sys import exit as die: die
        self._raising_aliases: set[str] = set()  # from pytest import fail as die: die
        self.scopes: list[_Scope] = []
        self.module_secrets: set[str] = set()  # module names bound to a key (or a secret's name)
        # Names that hold a secret in every function of the module (a module's name some
        # function uses as one, a module dict one stores one into: see verdict), and those
        # of them that may hold it at a field not named like one. Kept once for the module
        # and read wherever a scope's own names are (_level, _pathful), rather than bound
        # in each scope: a module of n functions sharing n such names was quadratic.
        self._secret_everywhere: set[str] = set()
        self._pathful_everywhere: set[str] = set()
        # What each class's methods keep in `self.x`, by id(methods): see _Scope.shared
        self._class_shared: dict[int, tuple[dict, set]] = {}
        self._compared_names: list = []  # (scope, name, other name) of `name == other`
        self._nested_records: set[str] = set()  # records that hold a secret record at a field
        self._mappings: set[str] = set()  # mappings a secret field is read from (_note_mapping)
        self._sectioned: set[str] = set()  # those read at a section first (cfg["s3"]["secret_key"])
        self.secret_records: set[str] = set()  # classes with a secret-named field
        # Names of lists appended to (_row_lists), and of those bound to a display of tuples
        self._row_lists: set[str] = set(row_lists)
        self.declares_secret_option = False  # see _note_option
        self.namespace_before_option = False  # a namespace call met before any declaration
        self._context_secret = False  # a command-line app's ctx.obj holds one (see verdict)
        self._record_factories: set[str] = set()  # what makes one (see verdict)
        self.settings_records: set[str] = set()
        self._structures: dict[str, bool] = {}  # names of structures holding a secret by convention
        self._whole_methods = names.whole_methods
        self._name_levels = _levels_of(vocab)
        self._key_prefixes = vocab.key_prefixes
        self._raising_tails = flow.raising_tails
        self._env_read_tails = names.env_read_tails
        self._assertion_places = flow.assertion_messages  # (unittest's: the msg's place)
        self._request_methods = names.request_methods
        # Clients made with a key they send in their URLs: (last name -> (keyword, place)),
        # and the first parts of the modules each is made from (Client: googlemaps)
        self._query_client_tails, self._query_client_modules, self._key_setters = _query_clients_of(flow)
        self._query_clients: list = []  # (scope, what the key argument is made of, the call's name, the client's)
        self._client_aliases: dict[str, str] = {}  # (per module: the names the clients are imported as)
        # The methods of each class: what one leaves in `self.x` another reads.
        self.classes: list[list[_Scope]] = []
        self._field_classes: set[int] = set()  # id(methods) of the classes with a secret-named field
        # The attributes any class's methods leave a secret in (self.key), by name: read
        # on an instance elsewhere (t = Translator(); t.key), they hold it (the rules'
        # receiver_attribute; on any receiver here, a superset).
        self._instance_levels: dict[str, int] = {}
        self._methods: Optional[list[_Scope]] = None
        self._hidden_callbacks: set[str] = set()
        self._module_strings: dict = {}
        self._pairs: dict = {}  # names bound to a tuple display anywhere (the last), for auth=name
        # (id(scope), name) -> the dict displays the name is bound to there; and the names
        # handed to a request as its params= (see _query_keys)
        self._displays: dict = {}
        self._query_params: list = []
        # Loops over a mapping's or a structure's name (see _iterated), and the names
        # bound to a sequence display anywhere in the file
        self._loops: list = []
        self._sequence_names: set[str] = set()
        self._url_builder_tails, self._minting_tails, self._minting_pairs = _call_names_of(flow)
        self._dump_calls = flow.field_dump_calls
        self._module_stores: list = []  # (scope, name, what is stored) of `name[k] = v` in a function
        self._status_raised: dict[int, frozenset] = {}  # see _raises_status_of
        self._raises_status = False
        self._status_lines: Optional[tuple] = None  # (see _says_raise_for_status)
        self._tree: Optional[ast.AST] = None
        self._hidden: Optional[frozenset] = None  # see _hidden_fields
        self.text = ""  # the file's text (see _wrapping_decorators)
        self._token_urls: tuple = ()  # the token URL prefixes the text writes (see verdict)
        self._sets_headers = False  # may the text set a credential header on a client (see verdict)
        self._wrapping_decorators: frozenset = frozenset()

    def _imported_getter(self, local: str, method: str) -> bool:
        """Auth.get_api_key() on a class imported from a module beside the file: a
        source where may_return_secret takes it and that module holds one of its own
        (the rules' imported_returns; see imported_sources)."""
        if not _may_return(self.knowledge, local, method):
            return False
        held = self._getter_classes.get(local)
        if held is None:
            held = self._getter_classes[local] = confirmed_import(self.path, *self.imported_classes[local], self.knowledge)
        return held

    def verdict(self, tree: ast.AST, names_secret_file: bool = False) -> tuple[bool, bool]:
        """Could a raise, and could a log or output call, show a secret? names_secret_file:
        does the text name a file of secrets anywhere (then its paths are found first)?"""
        self._tree = tree
        self._from_imported = _from_imported(tree)
        self._client_aliases = imported_as(self.text, self._query_client_tails)
        # (does the text write a token URL's prefix at all? Then its literals are read for one)
        self._token_urls = tuple(p for p in self.flow.token_url_prefixes if p in self.text)
        # (may the module set a credential header on a client? the rules' client_key_headers
        # reads only a text that says headers)
        self._sets_headers = "headers" in self.text
        self._raises_status = "raise_for_status" in self.text  # (see _raises_status_of)
        # The module's classes with a secret-named annotated field (the rules read only
        # the records among them; any class is taken here).
        # (and the classes nested in them, made as self.Valves(): the rules' _module_classes)
        classes = [node for node in tree.body if type(node) is ast.ClassDef]
        classes += [inner for node in classes for inner in node.body if type(inner) is ast.ClassDef]
        self.secret_records = {
            node.name
            for node in classes
            if any(
                isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                and self._name_level(item.target.id) == _STRICT
                for item in node.body
            )
        }
        # Of those, the settings records (pydantic-settings): made, they read their secret
        # fields from the environment (the rules' settings_records).
        # (and those with a field whose default reads the environment, field(default_factory=
        # lambda: os.environ.get(...)): made without it, it holds the secret; the rules'
        # env_default_records, any field here)
        readers = {"environ", "getenv", *imported_as(self.text, ("environ", "getenv"))} if classes else ()
        self.settings_records = {
            node.name for node in classes
            if node.name in self.secret_records
            and (any(_last_name(base) in self.flow.settings_bases for base in node.bases)
                 or node.name in self.flow.filled_records or _defaults_read(node, readers))
        }
        # And the classes that hold one at an annotated field (providers:
        # list[ProviderEntry]), outwards a few rounds (the rules' nested records)
        for _ in range(3) if self.secret_records else ():
            nested = {
                node.name for node in classes if node.name not in self.secret_records and any(
                    type(item) is ast.AnnAssign and any(_annotation_name(n) in self.secret_records
                                                        for n in ast.walk(item.annotation))
                    for item in node.body)
            }
            if not nested:
                break
            self.secret_records |= nested
            self._nested_records |= nested
        # What makes one of them: a call on the class (FuelCardApi.from_env(), any of
        # its methods here) and a module function declared to return it (the rules'
        # factory_record: printed whole, the record shows its secret fields).
        self._record_factories = set()
        for node in tree.body:
            if type(node) in (ast.FunctionDef, ast.AsyncFunctionDef) and node.returns is not None and (
                    (type(node.returns) is ast.Name and node.returns.id in self.secret_records)
                    or (type(node.returns) is ast.Constant and node.returns.value in self.secret_records)):
                self._record_factories.add(node.name)
        # Module constants that list a secret's name (PROVIDER_ENV = {"openai":
        # "OPENAI_API_KEY"}): a loop over one reads secrets by the names it gives.
        for targets, value in _constants(tree.body):  # (module constants: a function above may use them)
            if type(value) is ast.Constant and type(value.value) is str and "{" in value.value:
                for target in targets:
                    if type(target) is ast.Name:
                        self._templates.setdefault(target.id, []).append(value.value)
        for node in tree.body:
            function, skip = node, 0
            if type(node) is ast.ClassDef:
                function = next((s for s in node.body if type(s) in (ast.FunctionDef, ast.AsyncFunctionDef)
                                 and s.name == "__init__"), None)
                skip = 1
                for method in node.body:  # self.verify(new_key): called on self (the rules' secret_parameters)
                    if type(method) in (ast.FunctionDef, ast.AsyncFunctionDef) and method.name != "__init__":
                        self._note_secret_parameters(f"self.{method.name}", method, 1)
            if type(function) in (ast.FunctionDef, ast.AsyncFunctionDef):
                self._note_secret_parameters(node.name, function, skip)
        self._name_collections = {
            target.id for targets, value in _constants(tree.body)
            if type(value) in (ast.Dict, ast.List, ast.Tuple, ast.Set)
            and any(type(c) is ast.Constant and type(c.value) is str and len(c.value) <= 100
                    and self._name_level(c.value) == _STRICT for c in ast.walk(value))
            for target in targets if type(target) is ast.Name
        } | {  # (an Enum class whose members' values name one: for p in Provider, p.value)
            node.name for node in tree.body
            if type(node) is ast.ClassDef and any((_last_name(b) or "").endswith("Enum") for b in node.bases)
            and any(type(value) is ast.Constant and type(value.value) is str and len(value.value) <= 100
                    and self._name_level(value.value) == _STRICT for _, value in _constants(node.body))
        }
        # Functions given as an option's callback (click.option(..., callback=check)), by
        # their names, wherever the option stands in a command's decorators or defaults.
        self._hidden_callbacks = {
            k.value.id for node in tree.body if type(node) in (ast.FunctionDef, ast.AsyncFunctionDef)
            for call in (*node.decorator_list, *node.args.defaults, *node.args.kw_defaults) if type(call) is ast.Call
            for k in call.keywords if k.arg == "callback" and type(k.value) is ast.Name
        }
        # Module constants bound to a string (what a minted key's PREFIX is).
        self._module_strings = _module_strings(tree)
        # Module constants bound once, to a text that is no key (PRICING_KEY = "bedrock/
        # guardrails", ENV_TOKEN_VAR = "ACME_IDENTITY_TOKEN"): no secret by their names'
        # word where a function reads them without binding them (the rules' cause D)
        self._plain_constants = {
            name for name, value in self._module_strings.items()
            if name in once and next(self.vocab.scan(value.value), None) is None
            and not (self.vocab.is_secret_name(name) and self.vocab.is_secret_value(value.value))
        } if (once := _bound_once(tree)) else set()
        self._wrapping_decorators = _wrapping_decorators(tree, self.vocab, self.text)
        module = _Scope(None)
        self.scopes.append(module)
        if names_secret_file and self.flow.secret_file_names:
            self._secret_paths = self._file_paths(tree)
        self._body(tree.body, module)
        for scope, name in self._query_params:
            for display in self._displays.get((id(scope), name), ()):
                self._query_keys(display, scope)
        self._settle_loops()
        self._settle_maybe_arguments()
        for scope in self.scopes[1:]:
            if scope.declared:
                # global cfg; cfg = {...}: the module's cfg holds it (the rules' module
                # structures, from the functions' own statements; a `global` at the top
                # level, or in a class body read as the module's, binds nothing new)
                filled = [(shared, atoms) for targets, atoms in scope.assignments
                          if (shared := [t for t in targets if t in scope.declared])]
                if not filled:
                    continue
                # each with what the function bound its values from before (`key =
                # os.environ[...]`, then `cfg = {"openai": key}`: the rules run such a
                # function whole), merged in: a superset, and the function's own names
                # are not made the module's
                needed = set().union(*(self._reaching_names(atoms) for _, atoms in filled))
                feeding = self._backward(scope, needed) - scope.declared
                fed = [atoms for targets, atoms in scope.assignments if not feeding.isdisjoint(targets)]
                for shared, atoms in filled:
                    if fed:
                        merged = _Atoms()
                        for part in (atoms, *fed):
                            _merge(merged, part)
                            merged.promote = merged.promote or part.promote
                            merged.made = merged.made or part.made
                        atoms = merged
                    module.assignments.append((shared, atoms))
        for scope in self.scopes:
            if scope.clear:
                scope.transparent = frozenset(scope.clear - scope.opaque - set(scope.params))
        if self._mappings:
            # As the rules, only a mapping the module itself binds (settings = load(),
            # from config import settings): a parameter named user_api_key_dict is one
            # caller's value, not the module's.
            bound = {"os.environ"}.union(*(self._imported.values()))
            for targets, _ in module.assignments:
                bound.update(targets)
            self.module_secrets |= self._mappings & bound
        for scope, mine, other in self._compared_names:
            if other in self.module_secrets:
                self._used_as_key([mine], scope)
        self._settle_requests()
        for scope, base in self._secret_field_bases:
            # llm = cfg["llm"]; llm["api_key"]: cfg holds it at ("llm", "api_key") (the rules' reads)
            for outer in self._sections.get((id(scope), base), ()):
                scope.assignments.append(([outer], _pathful_strict_atoms()))
                self._sectioned.add(outer)
        # (a nested function may read args.api_key of its enclosing function's namespace)
        read_bases = set().union(*(scope.secret_attribute_bases for scope in self.scopes))
        for scope in self.scopes:
            # (args = parser.parse_args() holds every secret option the module declares)
            for name in scope.namespaces if self.declares_secret_option else scope.namespaces & read_bases:
                scope.assignments.append(([name], _strict_atoms()))
            if scope.returns_namespace and self.declares_secret_option:
                scope.returns.append(_strict_atoms())  # def parse(): return p.parse_args()
            for name in scope.dumped & scope.secret_attribute_bases:
                scope.assignments.append(([name], _strict_atoms()))  # asdict(t) where t.api_key is read
            if scope.checks_digest and scope.digested:
                self._used_as_key(sorted(scope.digested), scope)  # a presented token, hashed
        # A name a function takes for a secret without binding it (a module's global:
        # comfy_key in {"x-api-key": comfy_key}) is one wherever it is read (the rules'
        # global_uses; in every scope, here)
        used: set[str] = set()
        pathful: set[str] = set()  # (held at a section: cfg["azure"]["api_key"] read, cfg["azure"] shown)
        for scope in self.scopes[1:]:
            bound = (scope.clear | scope.opaque | set(scope.params)) - scope.declared
            for targets, atoms in scope.assignments:
                if atoms.level == _STRICT:
                    # (and a module's structure read by a key, current_app.config["X_KEY"]:
                    # the rules' mapping_secret_fields; self's belongs to one instance)
                    free = [t for t in targets if t.split(".", 1)[0] not in bound and not t.startswith(("self.", "cls."))]
                    (pathful if atoms.pathful else used).update(free)
        if pathful:
            # (only a structure the module binds or imports: the rules' module structures)
            module_bound = set().union(*(self._imported.values())) if self._imported else set()
            for targets, _ in self.scopes[0].assignments:
                module_bound.update(targets)
            # (os.environ's own reading is _note_mapping's: shown whole only)
            pathful = {t for t in pathful if t.split(".", 1)[0] in module_bound and t != "os.environ"}
        if used or pathful:
            self._everywhere(used, pathful=False)
            self._everywhere(pathful, pathful=True)
        self._settle_unpacks()
        source_names = self._sources()
        self._note_field_reads()
        # a test's parameter named after a fixture that returns a secret (the rules':
        # pytest hands it what the fixture returns): a function of the module's top
        # decorated as a fixture, as there (not any function: a parser's `value` helper
        # would make every `value` parameter a secret)
        fixtures = {
            node.name for node in self._tree.body if type(node) in (ast.FunctionDef, ast.AsyncFunctionDef)
            and (node.name in source_names or node.name in self._maybe_sources) and any(
                _last_name(d.func if type(d) is ast.Call else d) == "fixture" for d in node.decorator_list)
        }
        for scope in self.scopes if fixtures else ():
            given = [p for p in scope.params if p in fixtures]
            if given:
                scope.assignments.append((given, _strict_atoms()))
                scope.followed = False
        self._add_wrapped_sinks()
        for scope in self.scopes:
            if scope.keyed and scope.choices:
                # what a name used as a key was bound to is one too (the rules' secret_uses)
                reached, stack = set(), [n for n in scope.keyed if n in scope.choices]
                while stack:
                    for name in scope.choices.get(stack.pop(), ()):
                        if name not in reached and name not in scope.keyed:
                            reached.add(name)
                            stack.append(name)
                if reached:
                    scope.assignments.append((sorted(reached), _strict_atoms()))
                    scope.followed = False
        stored: set[str] = set()
        # (as the rules' module caches: a dict display the module binds at its top, not
        # a name the function binds itself, by a parameter or an assignment, unless it
        # declares it global)
        module_dicts = {
            target.id for targets, value in _constants(self._tree.body) if type(value) is ast.Dict
            for target in targets if type(target) is ast.Name
        } if self._module_stores else set()
        own: dict[int, set] = {}
        for scope, name, atoms in self._module_stores:
            if name in stored or name not in module_dicts:
                continue
            if id(scope) not in own:
                own[id(scope)] = _local_names(scope.node) if scope.node is not None else set()
            if name in own[id(scope)]:
                continue
            self._follow(scope, source_names)
            if self._level(scope, atoms, source_names):
                stored.add(name)  # (a maybe-secret too: a superset)
        if stored:
            self._everywhere(stored, pathful=True)
        # A command-line app's context object (ctx.obj = {"api_key": key} in the group's
        # callback) holds it in every command, as `x.obj` or the object @click.pass_obj
        # hands (the rules' _context_parameters; any store into any `.obj` and any `obj`
        # read here)
        if ".obj" in self.text and any(m in self.text for m in self.flow.context_object_modules):
            if any(n.endswith(".obj") for n in self._secret_everywhere):
                self._context_secret = True  # (a store of one into `x.obj` in every function)
            else:
                for scope in self.scopes:
                    stores = [atoms for targets, atoms in scope.assignments if any(t.endswith(".obj") for t in targets)]
                    if stores:
                        self._follow(scope, source_names)
                        if any(self._level(scope, atoms, source_names) for atoms in stores):
                            self._context_secret = True
                            break
        raises = logs = False
        for scope, atoms, dotted, client in self._query_clients:
            if not self._makes_query_client(dotted, client):
                continue
            self._follow(scope, source_names)
            if self._level(scope, atoms, source_names):
                # (whether an error of its calls is caught and shown: the rules decide)
                raises = logs = True
                self.keyed_clients = True
        # The functions the focus keeps (FlowScopes.functions): those with a sink the scan
        # finds could show a secret (each sink judged as the file's verdict judges it).
        # Not where a value may reach a sink as a whole object that the scan does not
        # follow there, an instance of a class that keeps a secret in an attribute or a
        # record with a secret field (printed, or dumped with vars(), it shows them:
        # `log.info("%s", client)` of `client: Vault`): there, every function with a sink.
        per_sink = not (self._instance_levels or self.secret_records)
        shown = []
        for scope in self.scopes:
            if not scope.sinks:
                continue
            self._follow(scope, source_names)
            flagged = False
            for kind, atoms in scope.sinks:
                level = self._level(scope, atoms, source_names)
                if level == _STRICT or (level == _MAYBE and atoms.words):
                    raises = raises or kind == "raise"
                    logs = logs or kind == "log"
                    flagged = True
            if flagged or not per_sink:
                shown.append(scope.node)
        if self.namespace_before_option and self.declares_secret_option:
            return True, True  # (a namespace made above the options it holds: not followed here)
        if (raises or logs) and not self.keyed_clients:
            # (a keyed client's errors may be shown by any function that calls it)
            places = function_places(tree)
            found = [places.get(id(node)) for node in shown if node is not None]
            self.functions = None if None in found else frozenset(found)
        return raises, logs

    def _query_keys(self, params, scope: _Scope) -> None:
        """A request's params: a display's query key field (`params={"key": k}`, the
        `token` field) holds a key, as the rules' secret_uses read it; a name's, the
        displays it is bound to in the same function, settled after the walk."""
        if type(params) is ast.Name:
            self._query_params.append((scope, params.id))
        elif type(params) is ast.Dict:
            for key, value in zip(params.keys, params.values):
                if type(key) is ast.Constant and key.value in self.flow.query_key_fields:
                    self._used_as_key(_value_names(value), scope)

    def _key_by_default(self, name: str, default) -> bool:
        """Is a parameter's default a key, as the rules' bound_key_literal and
        module_key_literal read one: a literal of a key's format, or a random-looking one
        under a secret's name (the parameter's; a module constant's own, k=TRIAL_KEY),
        also as a choice (`"sk-..." if live else ""`)? A voice id's default is none."""
        vocab = self.vocab
        if type(default) is ast.Name:
            bound = self._module_strings.get(default.id)
            return bound is not None and bool(bound.value) and (vocab.holds_secret_key(bound.value) or (
                vocab.is_secret_name(default.id) and vocab.is_secret_value(bound.value)))
        stack = [default]
        while stack:
            node = stack.pop()
            if type(node) is ast.IfExp:
                stack += (node.body, node.orelse)
            elif type(node) is ast.BoolOp:
                stack += node.values
            elif type(node) is ast.Constant and type(node.value) is str and node.value and (
                    vocab.holds_secret_key(node.value) or (vocab.is_secret_name(name) and vocab.is_secret_value(node.value))):
                return True
        return False

    def _in_wrapping_decorator(self, scope: _Scope) -> bool:
        """Is `scope` (a function) inside a top-level function that the module uses as a
        decorator of functions that may be handed a secret (see _wrapping_decorators)?"""
        while scope.parent is not None and scope.parent.parent is not None:
            scope = scope.parent
        return id(scope.node) in self._wrapping_decorators

    def _hidden_fields(self) -> frozenset:
        """The fields declared, in any class of the module (nested ones too), with a type
        that hides a secret (`key: SecretStr`): a `mode="before"` validator of one gets
        the plain text. Walked once, and only where such a validator is met."""
        if self._hidden is None:
            hiding = self.flow.secret_hiding_types
            self._hidden = frozenset(
                item.target.id for node in _statements(self._tree) if type(node) is ast.ClassDef
                for item in node.body if type(item) is ast.AnnAssign and type(item.target) is ast.Name
                and any(_annotation_name(n) in hiding for n in ast.walk(item.annotation)))
        return self._hidden

    def _sources(self) -> set[str]:
        """The module's functions that return a secret (as the rules' summaries: by what
        their returns are made of, not by holding a source somewhere), and the helpers
        whose requests' errors quote a keyed URL; with what the classes' methods share
        in `self`. Each depends on the others: repeated until nothing changes (a few
        rounds; past the bound, every function counts, a superset)."""
        # (and those named for a secret that take no argument: _private_key(), get_api_key();
        # the rules' getters)
        source_names: set[str] = {name for name, functions in self.definitions.items()
                                  if self.vocab.names_a_secret_getter(name) and any(not f.params for f in functions)}
        url_helpers: set[str] = set()
        # (and those whose request's URL is made of a parameter, there or through another:
        # the rules' Summary.url_error_params, a secret its caller hands there)
        param_helpers: set[str] = set()
        # (a function whose returns hold only a maybe-secret, `return token, rest` of a
        # lexer, returns one: its callers' values stay maybe-secrets, told by a message's
        # words, as the rules' summaries keep a label's kind)
        maybe = self._maybe_sources
        functions = [(name, f) for name, fs in self.definitions.items() for f in fs]
        for _ in range(_SOURCE_ROUNDS):
            before = (len(source_names), len(maybe), len(url_helpers), len(param_helpers), self._shared_state())
            for scope in self.scopes:
                scope.followed = False
            for name, function in functions:
                parts = function.return_parts
                if parts and all(p is not None and len(p) == len(parts[0]) for p in parts):
                    for index in range(len(parts[0])):
                        key = f"{name}#{index}"  # (an element of its tuple: _settle_unpacks)
                        if key not in source_names:
                            self._follow(function, source_names)
                            level = max(self._level(function, p[index], source_names) for p in parts)
                            if level == _STRICT:
                                source_names.add(key)
                            elif level:
                                maybe.add(key)
                if name not in param_helpers and self._url_of_parameter(function, param_helpers):
                    param_helpers.add(name)
                if name in source_names and name in url_helpers:
                    continue
                if function.returns and name not in source_names:
                    self._follow(function, source_names)
                    level = max(self._level(function, r, source_names) for r in function.returns)
                    if level == _STRICT:
                        source_names.add(name)
                    elif level:
                        maybe.add(name)
                if name not in url_helpers and (function.requests or function.calls & url_helpers):
                    self._follow(function, source_names)
                    if function.calls & url_helpers or any(
                            self._is_request(call, method) and self._level(
                                function, self._request_arguments(call, method, function), source_names)
                            for call, method in function.requests):
                        url_helpers.add(name)
            for atoms, helpers, scope in self._helper_errors:  # except E as e around helper(...)
                if helpers & url_helpers or (helpers & param_helpers and self._hands_in(
                        scope, helpers & param_helpers, source_names)):
                    atoms.level = _STRICT
            for methods in self.classes:
                self._share_attributes(methods, source_names)
            # (what the methods share in `self` counts too: a method that returns
            # self.headers is a source only once __init__'s secret is shared with it)
            if (len(source_names), len(maybe), len(url_helpers), len(param_helpers), self._shared_state()) == before:
                self.url_helpers = frozenset(url_helpers)
                return source_names
        self.url_helpers = frozenset(self.definitions)
        return set(self.definitions)

    def _url_of_parameter(self, function: "_Scope", param_helpers: set[str]) -> bool:
        """Is a request's URL or query of this function made of one of its parameters
        (`requests.post(url, ...)` of `def _post_json(url, payload)`), there or through a
        call of another such function (`_post_json(f"{base}/{method}", ...)`)?"""
        params = {p for p in (*function.params, function.shape[1], function.shape[2]) if p}
        if not params:
            return False
        if self._raises_status_of(function) & params:
            return True  # def check(response): response.raise_for_status(): the caller's request's URL
        for call, method in function.requests:
            if self._is_request(call, method) and self._backward(
                    function, self._reaching_names(self._request_arguments(call, method, function))) & params:
                return True
        return any(wrapper in param_helpers and any(
            self._backward(function, self._reaching_names(part)) & params for part in (*positional, *keywords.values()))
            for wrapper, positional, keywords, _ in function.wrapped)

    def _raises_status_of(self, function: "_Scope") -> frozenset:
        """The names a function calls raise_for_status() on (the rules: a parameter's
        marker among the keyed requests), found once per function."""
        held = self._status_raised.get(id(function))
        if held is None:
            node = function.node if self._raises_status else None  # (most modules: no walk at all)
            if node is not None and not self._says_raise_for_status(node):
                node = None  # (nor of a function whose lines do not say it)
            held = self._status_raised[id(function)] = frozenset(
                call.func.value.id for call in (ast.walk(node) if node is not None else ())
                if type(call) is ast.Call and type(call.func) is ast.Attribute and call.func.attr == "raise_for_status"
                and type(call.func.value) is ast.Name)
        return held

    def _says_raise_for_status(self, node) -> bool:
        """Does `raise_for_status` stand on a line of the function (its decorators'
        included)? The lines where the text says it are found once per module; a text
        with a lone carriage return, which CPython counts as a line break too, is walked
        whole instead."""
        lines = self._status_lines
        if lines is None:
            text = self.text
            if text.count("\r") != text.count("\r\n"):
                lines = self._status_lines = ()
            else:
                found, line, done = [], 1, 0
                word = "raise_for_status"
                at = text.find(word)
                while at >= 0:
                    line += text.count("\n", done, at)
                    done = at
                    found.append(line)
                    at = text.find(word, at + len(word))
                lines = self._status_lines = tuple(found)
        if not lines:
            return True  # (no line known: the walk decides)
        first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
        at = bisect.bisect_left(lines, first)
        return at < len(lines) and lines[at] <= (node.end_lineno or node.lineno)

    def _hands_in(self, scope: "_Scope", helpers: set[str], source_names: set[str]) -> bool:
        """Does the scope call one of these functions with an argument that may hold a
        secret (any of its arguments: a superset of the one the URL is made of)?"""
        self._follow(scope, source_names)
        return any(wrapper in helpers and any(
            self._level(scope, part, source_names) for part in (*positional, *keywords.values()))
            for wrapper, positional, keywords, _ in scope.wrapped)

    def _shared_state(self) -> tuple:
        """What the classes' methods hold in `self` so far (levels only rise)."""
        return (sum(self._instance_levels.values()),
                sum(len(m.pathful) for methods in self.classes for m in methods),
                sum(len(kept) + len(pathful) for kept, pathful in self._class_shared.values()))

    def _note_field_reads(self) -> None:
        """A function of the module that reads a secret-named field of a parameter
        (check(section): section["api_key"]) says what the caller hands it holds one (the
        rules' Summary.param_reads): the names in that argument are taken for secrets
        (any strict binding of the parameter counts, a superset)."""
        reading: dict[str, set] = {}
        for name, functions in self.definitions.items():
            for function in functions:
                params = function.shape[0]
                bound = {t for targets, atoms in function.assignments if atoms.level == _STRICT for t in targets}
                hit = {i for i, p in enumerate(params) if p in bound or p in self._secret_everywhere}
                if hit:
                    reading.setdefault(name, set()).update((i, params[i]) for i in hit)
        if not reading:
            return
        for scope in self.scopes:
            for name, positional, keywords, splat in scope.wrapped:
                for index, param in reading.get(name, ()):
                    given = positional[index] if index < len(positional) else keywords.get(param)
                    if given is not None and given.names:
                        scope.assignments.append((sorted(given.names), _strict_atoms()))
                        scope.followed = False

    def _file_paths(self, tree: ast.AST) -> set[str]:
        """What reads a file of secrets is a secret (the rules' secret_file_read): a
        reading call (read_text(), json.load(fh), dotenv_values(p)) of a path value that
        stands for one (_stands_for_file). Here, before the walk: the names bound to such
        a value anywhere in the module (flow-insensitively, a superset of the rules' own
        and module names)."""
        self._secret_paths = paths = set()
        bindings = []
        # (statements only, in the source's order: bindings are statements and `with`
        # items, never inside an expression; ast.walk's visit of every node of the module
        # cost a twentieth of the prefilter on real-llm's files that name such a file)
        for node in _statements(tree):
            kind = type(node)
            if kind is ast.Assign or kind is ast.AnnAssign:
                bindings.extend(([_dotted(t) for t in targets if _dotted(t)], value)
                                for targets, value in _constants((node,)))
            elif kind is ast.With or kind is ast.AsyncWith:
                bindings.extend(([_dotted(item.optional_vars)], item.context_expr) for item in node.items
                                if item.optional_vars is not None and _dotted(item.optional_vars))
        for _ in range(_PATH_ROUNDS):  # (p = base / ".env"; q = p: a round per link)
            changed = False
            for names, value in bindings:
                if not paths.issuperset(names) and self._stands_for_file(value):
                    paths.update(names)
                    changed = True
            if not changed:
                return paths
        # A longer chain (a text written against the scan: 20,000 links bound in reverse
        # order would take as many rounds): every name stands for such a path, a superset
        # that keeps the scan linear.
        self._any_path = True
        return paths

    def _stands_for_file(self, node: ast.AST, depth: int = 0) -> bool:
        """Does a path value stand for a file of secrets: a literal naming one (an
        f-string's text too), `base / ".env"`, Path(...) or open(...) of one, a name bound
        to one (the rules' secret_file_of, a superset)?"""
        kind = type(node)
        names = self.flow.secret_file_names
        if kind is ast.Constant:
            return _names_file_of_secrets(node.value, names)
        if depth > 8:
            return False
        if kind is ast.JoinedStr:
            text = "".join(v.value for v in node.values if type(v) is ast.Constant and type(v.value) is str)
            return _names_file_of_secrets(text.rsplit("/", 1)[-1], names)
        if kind is ast.BinOp and type(node.op) is ast.Div:
            return self._stands_for_file(node.right, depth + 1)
        if kind is ast.IfExp:
            return self._stands_for_file(node.body, depth + 1) or self._stands_for_file(node.orelse, depth + 1)
        if kind is ast.Name or kind is ast.Attribute or kind is ast.Call:
            named = _last_name(node.func if kind is ast.Call else node)
            if named not in self.flow.path_calls and names_secret_file_path(named, self.flow.secret_file_path_names):
                return True  # SECRETS_PATH, _find_secrets_file(): a path named for one
        if kind is ast.Call:
            name = _last_name(node.func)
            if name == "open" or name in self.flow.path_calls:
                if type(node.func) is ast.Attribute and self._stands_for_file(node.func.value, depth + 1):
                    return True  # SECRETS_PATH.open("rb"), base.joinpath(...)
                return any(self._stands_for_file(a, depth + 1) for a in node.args[:2])
            return False
        dotted = _dotted(node)
        return dotted is not None and (self._any_path or dotted in self._secret_paths)

    def _settle_maybe_arguments(self) -> None:
        """An argument given to a parameter that is a secret's only in some places (token,
        issue_key) is a key where the function uses that parameter as one (the rules'
        secret_parameters: `Pager(url, token)` whose __init__ sends f"Bearer {token}"; not
        `get_issue(issue_key)` that puts it in a URL's path)."""
        if not self._maybe_arguments:
            return
        scopes = {id(scope.node): scope for scope in self.scopes if scope.node is not None}
        for caller, function, param, names in self._maybe_arguments:
            callee = scopes.get(id(function))
            if callee is None or param in callee.keyed:
                self._used_as_key(names, caller)

    def _settle_unpacks(self) -> None:
        """`a, b = f(...)` of a function of the module: where every definition of f
        returns tuples of that width, each target is made of its element (`f#i`, a source
        where that element holds a secret: _sources) and of what the call hands back of
        its arguments; otherwise each takes the whole call (a superset of the rules)."""
        for scope, elements, name, atoms in self._pending_unpacks:
            functions = self.definitions.get(name, ())
            width = len(elements)
            if functions and all(f.return_parts and all(p is not None and len(p) == width for p in f.return_parts)
                                 for f in functions):
                for index, bound in enumerate(elements):
                    part = _Atoms()
                    part.calls = {f"{name}#{index}"}
                    part.via = atoms.via
                    part.words = atoms.words
                    part.pathful = True
                    scope.assignments.append((bound, part))
            else:
                scope.assignments.append(([n for bound in elements for n in bound], atoms))

    def _add_wrapped_sinks(self) -> None:
        """A call of a function that writes one of its parameters (or a name made from
        one, flow-insensitively) into a log call or an exception is that sink for the
        argument given to that parameter (the rules' Summary.messages; a parameter named
        like a secret is reported inside the function instead)."""
        shown: dict[str, list[tuple[str, "_Scope", set[str]]]] = {}
        for name, function in ((n, f) for n, fs in self.definitions.items() for f in fs):
            # (every definition of a name: a method may share a module function's name)
            if not function.sinks or not (function.params or function.shape[1] or function.shape[2]):
                continue  # (def say(*parts): print(*parts) has no other parameter)
            for kind in ("raise", "log"):
                needed: set[str] = set()
                for each, atoms in function.sinks:
                    if each == kind:
                        needed |= self._reaching_names(atoms)
                needed = self._backward(function, needed)
                params = {p for p in (*function.params, function.shape[1], function.shape[2])
                          if p is not None and p in needed and not self.vocab.is_secret_name(p)}
                if params:
                    shown.setdefault(name, []).append((kind, function, params))
        if not shown:
            return
        for scope in self.scopes:
            for name, positional, keywords, splat in scope.wrapped:
                for kind, function, params in shown.get(name, ()):
                    names, vararg, kwarg = function.shape
                    atoms = _Atoms()
                    for index, inner in enumerate(positional):
                        target = names[index] if index < len(names) else vararg
                        if splat or target in params or (target is not None and target == vararg and vararg in params):
                            _merge(atoms, inner)
                    for keyword, inner in keywords.items():
                        target = keyword if keyword in names else kwarg
                        if splat or target in params or (target is not None and target == kwarg and kwarg in params):
                            _merge(atoms, inner)
                    scope.sinks.append((kind, atoms))

    def _share_attributes(self, methods: list[_Scope], source_names: set[str]) -> None:
        """A secret a method stores in `self.x` is in `self.x` for the class's other
        methods too (a headers dict built in __init__, logged elsewhere)."""
        for method in methods:
            self._follow(method, source_names)
        # (what the class's methods shared so far, kept once for the class: copied into
        # each method, n methods sharing n attributes made n * n bindings)
        held = self._class_shared.get(id(methods))
        if held is None:
            held = self._class_shared[id(methods)] = ({}, set())
        kept, kept_pathful = held
        shared: dict[str, int] = dict(kept)
        for method in methods:
            if method.property and method.property in source_names:
                shared[f"self.{method.property}"] = _STRICT  # self.auth_header: what the property returns
            elif method.property and method.property in self._maybe_sources:
                shared[f"self.{method.property}"] = max(shared.get(f"self.{method.property}", 0), _MAYBE)
        pathful: set[str] = set(kept_pathful)
        for method in methods:
            for name, level in method.tainted.items():
                if name.startswith("cls."):  # (a classmethod's: what every instance reads as self.x)
                    name = "self" + name[3:]
                if name.startswith("self.") and level > shared.get(name, 0):
                    shared[name] = level
            pathful.update("self" + n[3:] if n.startswith("cls.") else n for n in method.pathful
                           if n.startswith(("self.", "cls.")))
        if id(methods) in self._field_classes:
            shared["self.__dict__"] = _STRICT
            shared["self"] = _STRICT  # (printed, a record shows its fields: the rules' shown_attributes)
        elif shared:  # vars(self), self.__dict__: every attribute, the secret ones among them
            shared["self.__dict__"] = max(shared.values())
        instance = self._instance_levels
        for name, level in shared.items():
            attr = name[5:]  # (key, or a path: _session.headers; none for `self` itself)
            if attr and level > instance.get(attr, 0):
                instance[attr] = level
        if not shared:
            return
        kept.update(shared)  # (levels only rise: each is at least what was kept)
        kept_pathful |= pathful
        for method in methods:
            method.shared, method.shared_pathful = kept, kept_pathful
            method.followed = False
            self._follow(method, source_names)

    # -- following a secret ---------------------------------------------------------------
    def _everywhere(self, names: set[str], pathful: bool) -> None:
        """The names hold a secret in every function of the module (pathful: maybe at a
        field not named like one), as if each function bound them to one: its names are
        followed again."""
        if not names:
            return
        self._secret_everywhere |= names
        if pathful:
            self._pathful_everywhere |= names
        for scope in self.scopes:
            scope.followed = False

    def _level(self, scope: _Scope, atoms: _Atoms, source_names: set[str]) -> int:
        level = atoms.level
        if level == _STRICT or atoms.calls & source_names or atoms.names & self.module_secrets \
                or (self._secret_everywhere and not self._secret_everywhere.isdisjoint(atoms.names)) \
                or (self._pathful_everywhere and not self._pathful_everywhere.isdisjoint(atoms.fields)) \
                or (self._sectioned and atoms.fields & self._sectioned) or (self._context_secret and any(
                    name == "obj" or name.endswith(".obj") for name in atoms.names)):
            # (a section of a structure read at a section for a secret anywhere in the
            # module: CONFIG["s3"], and settings["checkr"] of any function where another
            # reads settings["checkr"]["api_key"] (the rules' section_reads; any section
            # of any name so read, here); and a command-line app's context object, where
            # its callback put one there (see verdict)
            return _STRICT
        if atoms.calls and self._maybe_sources and not atoms.calls.isdisjoint(self._maybe_sources):
            level = max(level, _MAYBE)
        for name, own in atoms.named.items():
            if own > level and name not in scope.transparent and not (
                    name in self._plain_constants and not _binds(scope, name)):
                level = own
                if level == _STRICT:
                    return level
        chain: Optional[_Scope] = scope
        while chain is not None:  # a closure reads its enclosing functions' names
            tainted, shared = chain.tainted, chain.shared
            for name in atoms.names:
                found = tainted.get(name, 0)
                if shared is not None and shared.get(name, 0) > found:
                    found = shared[name]
                if found > level:
                    level = found
                    if level == _STRICT:
                        return level
            for name in atoms.fields:
                if name in chain.pathful or (shared is not None and name in chain.shared_pathful):
                    found = max(tainted.get(name, 0), shared.get(name, 0) if shared is not None else 0)
                    if found > level:
                        level = found
                        if level == _STRICT:
                            return level
            chain = chain.parent
        if self._instance_levels:
            instance = self._instance_levels
            for name in atoms.names:
                base, dot, path = name.partition(".")
                if not dot or base == "self":
                    continue
                found = max(instance.get(path, 0), instance.get(name.rpartition(".")[2], 0))
                if found > level:
                    level = found
                    if level == _STRICT:
                        return level
        for name, positional, keywords, splat in atoms.via:
            for index, inner in enumerate(positional):
                if self._reaches(name, index, None, splat):
                    level = max(level, self._level(scope, inner, source_names))
            for keyword, inner in keywords.items():
                if self._reaches(name, None, keyword, splat):
                    level = max(level, self._level(scope, inner, source_names))
            if level == _STRICT:
                return level
        return level

    def _reaches(self, name: str, index: Optional[int], keyword: Optional[str], splat: bool) -> bool:
        """Does this argument of a call of `name` reach one of its returns? Every
        definition of the name counts; a class of the module (no function of that
        name) takes them all, as a record keeps its fields."""
        functions = self.definitions.get(name)
        if not functions:
            return True
        for function in functions:
            params, vararg, kwarg = function.shape
            needed = self._needed.get(id(function))
            if needed is None:
                self._needed[id(function)] = _ALL  # (a function that calls itself: what it returns is not known yet)
                needed = self._needed[id(function)] = self._returned_names(function)
            if needed is _ALL:
                return True
            if splat:
                if needed & set(params) or (vararg in needed) or (kwarg in needed):
                    return True
                continue
            if index is not None:
                target = params[index] if index < len(params) else vararg
            else:
                target = keyword if keyword in params else kwarg
            if target is not None and target in needed:
                return True
        return False

    def _returned_names(self, function: "_Scope") -> set[str]:
        """The names a function's returns are made of, through its own assignments
        (flow-insensitively, a superset)."""
        needed: set[str] = set()
        for atoms in function.returns:
            needed |= self._reaching_names(atoms)
        return self._backward(function, needed)

    def _backward(self, function: "_Scope", needed: set[str]) -> set[str]:
        """The names these are made of through the function's own assignments
        (flow-insensitively, a superset; see _reaching_names)."""
        if not needed:
            return needed
        changed = True
        while changed:
            changed = False
            for targets, atoms in function.assignments:
                if not needed.isdisjoint(targets):
                    more = self._reaching_names(atoms) - needed
                    if more:
                        needed |= more
                        changed = True
        return needed

    def _reaching_names(self, atoms: _Atoms) -> set[str]:
        """The names a value reads, and those in the arguments of the module's functions
        it calls that reach the function's returns (`return self._request(url, headers)`
        holds `headers` only where _request returns what it is handed there: the rules'
        summaries)."""
        out = atoms.names | atoms.fields
        for name, positional, keywords, splat in atoms.via:
            for index, inner in enumerate(positional):
                if self._reaches(name, index, None, splat):
                    out |= self._reaching_names(inner)
            for keyword, inner in keywords.items():
                if self._reaches(name, None, keyword, splat):
                    out |= self._reaching_names(inner)
        return out

    def _pathful(self, scope: _Scope, atoms: _Atoms) -> bool:
        """May this value hold a secret at a field not named like one?"""
        if atoms.pathful:
            return True
        # (the module's, then each enclosing scope's own and a method's class's; the
        # names the value reads gathered once, and only where one of them holds any)
        held = [self._pathful_everywhere]
        chain: Optional[_Scope] = scope
        while chain is not None:
            held += (chain.pathful, chain.shared_pathful)
            chain = chain.parent
        held = [names for names in held if names]
        if not held:
            return False
        read = _all_names(atoms)
        return any(not names.isdisjoint(read) for names in held)

    def _follow(self, scope: _Scope, source_names: set[str]) -> None:
        chain: list[_Scope] = []
        outer = scope
        while outer is not None:
            chain.append(outer)
            outer = outer.parent
        for each in reversed(chain):  # enclosing functions first
            if each.followed:
                continue
            each.followed = True
            changed = True
            while changed:
                changed = False
                for targets, atoms in each.assignments:
                    level = self._level(each, atoms, source_names)
                    if level and (atoms.promote or (level == _MAYBE and atoms.words and atoms.made)):
                        # (msg = f"token {token}": the words made it one, the rules' said_secret)
                        level = _STRICT
                    if level:
                        pathful = self._pathful(each, atoms)
                        for target in targets:
                            if each.tainted.get(target, 0) < level:
                                each.tainted[target] = level
                                changed = True
                            if pathful and target not in each.pathful:
                                each.pathful.add(target)
                                changed = True

    # -- reading the tree -----------------------------------------------------------------
    def _body(self, statements, scope: _Scope) -> None:
        for statement in statements:
            self._statement(statement, scope)

    def _assignment(self, node, scope: _Scope, opaque: bool = False) -> _Atoms:
        """An assignment (plain, annotated, augmented), and the bindings the rules read as
        one: a with-item's `as` name and `:=` (their bind() takes the value alike), each
        passed here as the assignment it is. What the value is made of, returned (the
        value of a `:=` is part of the expression it stands in). `opaque`: the names
        bound keep what their own names say, whatever the value (a with-item's: the
        value of __enter__)."""
        kind = type(node)
        value = node.value
        atoms = self._expression(value, scope) if value is not None else _Atoms()
        atoms.made = type(value) is ast.JoinedStr or type(value) is ast.BinOp or (
            type(value) is ast.Call and type(value.func) is ast.Attribute and value.func.attr == "format")
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        made = value.value if type(value) is ast.Await else value
        if type(made) is ast.Call and type(made.func) is ast.Name and made.func.id[:1].isupper():
            # x = Cls(...), with Cls(...) as x: what x may be an instance of (see
            # _imported_instances)
            for target in targets:
                if type(target) is ast.Name or _is_self_attribute(target):
                    self._constructions.append((_dotted(target), made.func.id))
        chosen = _choice_names(value) if type(value) in _CHOICE_KINDS else None
        if chosen:
            for target in targets:
                if type(target) is ast.Name:
                    # target = key or caller_key: used as a key, target makes each a key
                    # (the rules' secret_uses; any name, a superset; settled in verdict)
                    scope.choices.setdefault(target.id, []).extend(chosen)
            if any(type(t) is ast.Name and self._name_level(t.id) == _STRICT for t in targets):
                # api_key = api_key or key; api_key = provided and provided.strip() (the
                # rules' secret_uses; every operand of an `and` here, a superset)
                self._used_as_key(chosen, scope)
        if kind is ast.Assign:
            self._note_split(targets, value, scope)
        names: list[str] = []
        unpacked: list[str] = []
        # (a function of the module's tuple: the rules read its summary element by
        # element, headers, payload = build(key): settled after the walk)
        called = value.value if type(value) is ast.Await else value
        summarised = type(called) is ast.Call and _last_name(called.func) in self.defined
        if type(value) in (ast.List, ast.Tuple, ast.Set) and any(type(e) is ast.Tuple for e in value.elts):
            # targets = [("id", cfg), ...]: iterated, each row element by element (the
            # rules' rows of a display)
            self._row_lists.update(t.id for t in targets if type(t) is ast.Name)
        if type(value) in (ast.List, ast.Tuple, ast.Set) and any(
                type(c) is ast.Constant and self._names_secret(c) for c in ast.walk(value)):
            # env_names = ["OPENAI_API_KEY", ...] in a function: iterated, as a module
            # constant's names are (the rules' displays; file-wide here, a superset)
            self._name_collections.update(t.id for t in targets if type(t) is ast.Name)
        if type(value) in _SEQUENCE_KINDS:
            self._sequence_names.update(t.id for t in targets if type(t) is ast.Name)
        if type(value) is ast.Tuple:
            self._pairs.update((t.id, value) for t in targets if type(t) is ast.Name)
        elif type(value) is ast.Dict and self.flow.query_key_fields:
            for target in targets:  # (params = {"key": k}, handed to a request below: _query_keys)
                if type(target) is ast.Name:
                    self._displays.setdefault((id(scope), target.id), []).append(value)
        if self._names_table_entry(value) or (type(value) is ast.JoinedStr and self._names_secret_variable(value)):
            # env = KEY_ENVS[provider]: one of the table's variables' names (the rules'
            # loop values), which os.environ.get(env) then reads; key_var =
            # f"{provider.upper()}_API_KEY" (the rules' bound_text)
            self._secret_name_vars.update(n.id for t in targets for n in ast.walk(t) if type(n) is ast.Name)
        for target in targets:
            if type(target) is ast.Subscript and type(target.slice) is not ast.Constant and value is not None \
                    and self.vocab.names_a_credential_store(_dotted(target.value) or ""):
                self._used_as_key(_value_names(value), scope)  # self.creds[var] = value (the rules' secret_uses)
            if type(target) in (ast.Tuple, ast.List) and type(value) in (ast.Tuple, ast.List) \
                    and len(target.elts) == len(value.elts) \
                    and not any(type(e) is ast.Starred for e in (*target.elts, *value.elts)):
                # self._url, self.host = url, host: element by element, each an assignment
                # of its own (as the rules bind them: resp, n = requests.get(...), 0 binds a
                # response); an element that is opaque makes every target so, a superset
                hidden = opaque or any(_opaque(e) for e in value.elts)
                for element, part in zip(target.elts, value.elts):
                    self._assignment(_bound(element, part, node), scope, opaque=hidden)
                continue
            # `base, key = resolve()`: which part holds the secret is not known; each
            # keeps what its own name says (as the rules), none of the value's
            if summarised and _unpacks(target):
                elements = []
                for element in target.elts:
                    bound: list[str] = []
                    self._targets(element, bound, scope)
                    elements.append(bound)
                unpacked.extend(n for bound in elements for n in bound)
                self._pending_unpacks.append((scope, elements, _last_name(called.func), atoms))
                continue
            if _unpacks(target) and type(called) is ast.Call and _last_name(called.func) in _SPLITTERS \
                    and type(target.elts[-1]) is not ast.Starred:
                # k, v = item.split("=", 1): the last part holds the secret text's rest
                # (the rules' split unpacking)
                last: list[str] = []
                self._targets(target.elts[-1], last, scope)
                scope.assignments.append((last, atoms))
            self._targets(target, unpacked if _unpacks(target) else names, scope)
            if value is not None and (
                    (type(target) is ast.Subscript and _is_secret_const(self, target.slice)
                     and self._name_level(target.slice.value) == _STRICT)
                    # os.environ[VAR] = key (any upper-case constant: the rules read its value)
                    or (type(target) is ast.Subscript and type(target.slice) is ast.Name and target.slice.id.isupper())
                    # openai.api_key = key (the rules: not self.x)
                    or (type(target) is ast.Attribute and not (type(target.value) is ast.Name and target.value.id == "self")
                        and self._name_level(target.attr) == _STRICT)):
                self._used_as_key(_value_names(value), scope)  # headers["Authorization"] = f"Bearer {key}"
            if type(target) is ast.Subscript or (type(target) in (ast.Tuple, ast.List)
                                                 and any(type(e) is ast.Subscript for e in target.elts)):
                atoms.pathful = True  # d["model"] = m: m at a field of d
        if scope is not self.scopes[0]:
            # _KEYS[name] = value in a function, also inside a tuple (_TOKENS[n], _EXP[n]
            # = fetch()): the module's _KEYS, where the function binds no such name (the
            # rules' module caches; the whole value, a superset; settled in verdict)
            stack = list(targets)
            while stack:
                target = stack.pop()
                if type(target) is ast.Subscript and type(target.value) is ast.Name:
                    self._module_stores.append((scope, target.value.id, atoms))
                elif type(target) in (ast.Tuple, ast.List):
                    stack.extend(target.elts)
                elif type(target) is ast.Starred:
                    stack.append(target.value)
        scope.assignments.append((names, atoms))
        if len(names) == 1 and type(value) is ast.Subscript and type(value.value) is ast.Name \
                and type(value.slice) is ast.Constant and type(value.slice.value) is str:
            self._sections.setdefault((id(scope), names[0]), set()).add(value.value.id)
        self._kept_keywords(names, value, scope)
        # (`url, api_key = cfg["url"], cfg["key"]`: the rules bind each target to its
        # element, and take a subscript's at its name's word; here, an element that is
        # opaque makes every target so, a superset)
        if opaque or isinstance(node, ast.AugAssign) or value is None or _opaque(value) or (
                type(value) in (ast.Tuple, ast.List) and any(_opaque(e) for e in value.elts)):
            scope.opaque.update(names)
            scope.opaque.update(unpacked)
        else:
            scope.clear.update(names)
            scope.clear.update(unpacked)
        names = names + unpacked  # (a new list: the readings below, a literal key, a namespace)
        made = value.value if type(value) is ast.Await else value
        if type(made) is ast.Dict and self._token_body(made):
            scope.token_bodies.update(names)  # data = {"grant_type": ...}, posted below
        if self._token_request(made, scope) or (type(made) is ast.Call and type(made.func) is ast.Attribute and (
                self._token_request(made.func.value, scope) or _dotted(made.func.value) in scope.token_responses)):
            # an OAuth token request's response, and its JSON: the tokens (the rules'
            # token_request; any call on the response, here)
            scope.assignments.append((names, _strict_atoms()))
            scope.token_responses.update(names)
        self._note_response(names, made, scope)
        if isinstance(value, ast.Call) and _last_name(value.func) in self.flow.namespace_calls:
            scope.namespaces.update(names)
        if self._made_as_key(value):
            # "mr_" + secrets.token_urlsafe(32), PREFIX + secrets.token_hex(24): a key made here
            scope.assignments.append((names, _strict_atoms()))
        elif value is not None and any(self._name_level(n.rsplit(".", 1)[-1]) for n in names) \
                and _made_by_secrets(value):
            scope.assignments.append((names, _strict_atoms()))  # new_key = PREFIX + secrets.token_urlsafe(32)
        if type(value) is ast.Constant and type(value.value) is str and "{" in value.value:
            for bound in names:  # tpl = "...{password}...": a template (see _templates)
                self._templates.setdefault(bound, []).append(value.value)
        if isinstance(value, ast.Constant) and isinstance(value.value, str) and (
            next(self.vocab.scan(value.value), None) is not None
            or (any(self._name_level(n.rsplit(".", 1)[-1]) for n in names) and self.vocab.is_secret_value(value.value))
        ):
            # key = "sk-proj-...", token = "<random>": a key (the rules' bound literals)
            scope.assignments.append((names, _strict_atoms()))
        if (
            scope.parent is None
            and self._methods is None  # (the module's own constant, not a class attribute:
            # the rules look a bare name up at the module's top; `token_type = "token"` of a
            # lexer's class says nothing of a `token_type` parameter)
            and isinstance(value, ast.Constant)
            and isinstance(value.value, str)
            and next(self.vocab.scan(value.value), None)
        ):
            # A constant holding a key itself. (One that names a secret's variable,
            # TOKEN_ENV_VAR = "ASTRA_DB_APPLICATION_TOKEN", is no secret read bare, as
            # the rules: only what is read by that name is, see _key and the module's
            # helpers handed it below.)
            self.module_secrets.update(t.id for t in targets if isinstance(t, ast.Name))
        return atoms

    def _statement(self, node: ast.AST, scope: _Scope) -> None:
        # The commonest statements first, by exact type: what the generic reading at the
        # end does for them (an expression, a test and two blocks, nothing at all).
        kind = type(node)
        if kind is ast.Expr:
            if type(node.value) is not ast.Constant:  # (a docstring says nothing to the scan)
                self._expression(node.value, scope)
            return
        if kind is ast.Return:
            value = node.value
            if type(value) is ast.Tuple and not any(type(e) is ast.Starred for e in value.elts):
                # (each element read once: the tuple is made of what they are made of)
                parts = [self._expression(e, scope) for e in value.elts]
                whole = _Atoms()
                for part in parts:
                    _merge(whole, part)
                    whole.promote = whole.promote or part.promote
                scope.returns.append(whole)
                scope.return_parts.append(parts)
            elif value is not None:
                atoms = self._expression(value, scope)
                if self._made_as_key(value):
                    atoms.level = _STRICT  # return PREFIX + secrets.token_urlsafe(32) (the rules' made_as_key)
                scope.returns.append(atoms)
                scope.return_parts.append(None)
                if type(value) is ast.Call and _last_name(value.func) in self.flow.namespace_calls:
                    scope.returns_namespace = True  # return parser.parse_args(): see verdict
            return
        if kind is ast.If or kind is ast.While:
            self._expression(node.test, scope)
            url = _password_tested(node.test, self.flow.url_parsers)
            if url is not None:  # if urlsplit(url).password: (the rules' password_test)
                scope.assignments.append(([url], _strict_atoms()))
            self._body(node.body, scope)
            self._body(node.orelse, scope)
            return
        if kind in _INERT_STATEMENTS:
            if kind is ast.Global:
                scope.declared = scope.declared | set(node.names)
            return
        if kind is ast.Assign or kind is ast.AnnAssign or kind is ast.AugAssign:  # (the next commonest)
            self._assignment(node, scope)
            return
        flow = self.flow
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            inner = _Scope(scope)
            inner.node = node
            inner.text_tokens = matches(node.name, flow.text_token_functions) or (
                self._class_name is not None and matches(self._class_name, flow.text_token_functions))
            self.scopes.append(inner)
            self.definitions.setdefault(node.name, []).append(inner)
            methods, self._methods = self._methods, None  # (a function inside a method is no method)
            if methods is not None:
                methods.append(inner)
            outer_parts = [*node.decorator_list, *node.args.defaults, *(d for d in node.args.kw_defaults if d)]
            if node.returns is not None:
                outer_parts.append(node.returns)
            for part in outer_parts:  # evaluated where the function is defined
                self._expression(part, scope)
            params = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
            names = [a.arg for a in params]
            inner.params = tuple(names)
            inner.shape = (tuple(names), node.args.vararg.arg if node.args.vararg else None,
                           node.args.kwarg.arg if node.args.kwarg else None)
            if methods is not None and flow.model_input_validators:
                # values["client"] = ...: self.client (the rules' model-input validators)
                values = flow.values_parameter(
                    [a.arg for a in (*node.args.posonlyargs, *node.args.args)],
                    {_last_name(d.func if type(d) is ast.Call else d) for d in node.decorator_list})
                if values is not None:
                    self._values_parameters[id(inner)] = values
            if methods is not None and (
                any(_last_name(d) in ("property", "cached_property") for d in node.decorator_list)
                or (names == ["self"] and not node.args.vararg and not node.args.kwarg
                    and (self.vocab.names_a_mapping(node.name) or self._name_level(node.name) == _STRICT))
            ):
                inner.property = node.name  # (or self._headers(): the rules' zero-argument methods)
            if node.name in self._hidden_callbacks or any(
                    type(d) is ast.Call and self._secret_option(d.keywords) for d in node.decorator_list):
                # @click.option("--key", hide_input=True), or such an option's callback:
                # a parameter is typed in hidden (the rules' _hidden_options; any, here)
                for name in names:
                    inner.tainted[name] = _STRICT
            if node.args.kwarg is not None and scope.parent is not None and self._in_wrapping_decorator(scope):
                # a decorator's wrapper: its **kwargs holds what the decorated functions are
                # given (the rules' decorated_wrappers.py)
                inner.tainted[node.args.kwarg.arg] = _STRICT
            for shape in flow.structure_parameters:
                if stands_in(shape, names):
                    inner.tainted[shape["parameter"]] = _STRICT
                    if "." in shape["field"]:  # kwargs["additional_args"]["headers"]: at a field of a field
                        inner.pathful.add(shape["parameter"])
            if methods is not None:  # authenticate(self, request, key) of an APIKeyHeader
                for method in flow.secret_key_methods:
                    if method["method"] == node.name and method["position"] < len(names) \
                            and self._class_bases.intersection(method["bases"]):
                        inner.tainted[names[method["position"]]] = _STRICT
            # key = typer.Option(..., hide_input=True): typed in hidden, a secret
            positional = [*node.args.posonlyargs, *node.args.args]
            defaults = list(zip(positional[len(positional) - len(node.args.defaults):], node.args.defaults))
            defaults += [(a, d) for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults) if d is not None]
            for arg, default in defaults:
                if type(default) is ast.Call and self._secret_option(default.keywords):
                    inner.tainted[arg.arg] = _STRICT
                if self._key_by_default(arg.arg, default):
                    inner.tainted[arg.arg] = _STRICT  # def banner(k="mr_..."), k=TRIAL_KEY: a literal key
                if type(default) is ast.Call and _last_name(default.func) in flow.header_parameter_calls:
                    alias = next((k.value.value for k in default.keywords if k.arg == "alias"
                                  and type(k.value) is ast.Constant and type(k.value.value) is str), None)
                    if reads_key_header(self.vocab, arg.arg, alias):
                        inner.tainted[arg.arg] = _STRICT  # x_partner_key: str = Header(...)
            # A parameter annotated with a record of the module holding a secret-named
            # field; the value handed to a validator of a secret-named field.
            for arg in params:
                if arg.annotation is not None and self.secret_records and any(
                    _annotation_name(n) in self.secret_records for n in ast.walk(arg.annotation)
                ):
                    inner.tainted[arg.arg] = _STRICT
                    if self._nested_records and any(
                            _annotation_name(n) in self._nested_records for n in ast.walk(arg.annotation)):
                        inner.pathful.add(arg.arg)  # cfg["providers"][0]: the inner record, at a field
                elif arg.annotation is not None and self.imported_records and any(
                        _annotation_name(n) in self.imported_records for n in ast.walk(arg.annotation)):
                    # config: WorkspaceConfig, imported (the rules read the class there)
                    inner.tainted[arg.arg] = _STRICT
            # A docstring that calls an ambiguous parameter an API token (the rules read
            # only those: a strict name is a source anyway).
            ambiguous = {n for n in names if self._name_level(n) == _MAYBE}
            docstring = ast.get_docstring(node, clean=False) if ambiguous else None
            if docstring:
                for name in read_docstring(docstring, ambiguous, self.vocab)[1]:
                    # `token (str): The API token ...`
                    inner.tainted[name] = _STRICT
            for decorator in node.decorator_list:
                # (a SecretStr field's validator run before the field is made, mode="before",
                # gets its text: a field declared with a hiding type in any class of the
                # module, here, a superset of the rules' enclosing class)
                if isinstance(decorator, ast.Call) and _last_name(decorator.func) in flow.field_validator_decorators \
                        and (any(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                 and self._name_level(a.value) == _STRICT for a in decorator.args)
                             or (any(k.arg == "mode" for k in decorator.keywords)
                                 and any(isinstance(a, ast.Constant) and a.value in self._hidden_fields()
                                         for a in decorator.args))):
                    values = [n for n in names if n not in ("self", "cls")]
                    if values:
                        inner.tainted[values[0]] = _STRICT
            if any(node.name.startswith(p) and self._name_level(node.name[len(p):]) == _STRICT
                   for p in flow.field_validator_prefixes):
                values = [n for n in names if n not in ("self", "cls")]  # DRF's validate_api_key(self, value)
                if values:
                    inner.tainted[values[0]] = _STRICT
            # A parameter's default flows into it; one that names a secret's variable
            # (var="GROQ_API_KEYS") names what os.environ.get(var) reads (the rules'
            # variable_name), taken for any name so called, a superset.
            defaults = node.args.defaults
            for arg, default in zip(node.args.args[len(node.args.args) - len(defaults):], defaults):
                inner.assignments.append(([arg.arg], self._expression(default, inner, count=False)))
                if _is_secret_const(self, default) and self._name_level(default.value) == _STRICT:
                    self._secret_name_vars.add(arg.arg)
            for arg, default in zip(node.args.kwonlyargs, node.args.kw_defaults):
                if default is not None and _is_secret_const(self, default) and self._name_level(default.value) == _STRICT:
                    self._secret_name_vars.add(arg.arg)
            self._body(node.body, inner)
            if matches(node.name, flow.secret_calls) or matches(node.name, flow.token_providers):
                # def read_secret(name): ... return value: what it returns is a secret in it
                # too (the rules' _returned_names: the names its own `return name` give;
                # not `return token, rest`, a lexer's get_token that hands back the text
                # left to read)
                returned = _plain_returns(node.body)
                if returned:
                    inner.assignments.append((returned, _strict_atoms()))
            if node.name == "__str__" and methods is not None and self._exception_class:
                inner.sinks.extend(("raise", atoms) for atoms in inner.returns)  # (the rules' message returns)
            elif node.name in ("__repr__", "__str__") and methods is not None:
                # what an object shows printed: `self` in a message shows it (the rules'
                # shown_attributes; any message, here)
                inner.sinks.extend((kind, atoms) for atoms in inner.returns for kind in ("raise", "log"))
            self._methods = methods
            return
        if isinstance(node, ast.ClassDef):
            for part in (*node.decorator_list, *node.bases, *node.keywords):
                self._expression(part, scope)
            outer, self._methods = self._methods, []
            was_exception, self._exception_class = self._exception_class, any(
                (_last_name(base) or "").endswith(EXCEPTION_ENDINGS) for base in node.bases)
            outer_bases, self._class_bases = self._class_bases, {_last_name(base) for base in node.bases}
            outer_name, self._class_name = self._class_name, node.name
            for targets, value in _constants(node.body):  # header_name = "x-api-key": headers.get(self.header_name) reads a key
                if type(value) is ast.Constant and _is_secret_const(self, value):
                    level = self._name_level(value.value)
                    for target in targets:
                        if type(target) is ast.Name and level > self._key_members.get(target.id, 0):
                            self._key_members[target.id] = level
            self.classes.append(self._methods)
            if any(type(item) is ast.AnnAssign and type(item.target) is ast.Name
                   and self._name_level(item.target.id) == _STRICT for item in node.body):
                # a secret-named field: asdict(self) shows it, repr=False or not (the
                # rules' dumped_names; any class's, here)
                self._field_classes.add(id(self._methods))
            self._body(node.body, scope)
            own = self._methods
            for base in node.bases:
                # a base class of the module: its methods and this class's share `self`
                # (the rules' inherited attributes; both ways here, a superset)
                inherited = self._class_groups.get(base.id) if type(base) is ast.Name else None
                if inherited is not None:
                    self.classes.append(inherited + own)
            self._class_groups[node.name] = own
            self._methods = outer
            self._exception_class = was_exception
            self._class_bases = outer_bases
            self._class_name = outer_name
            return
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.asname and alias.name in self._output_tails:
                    self._output_aliases.add(alias.asname)
                if alias.asname and alias.name in self._raising_tails:
                    self._raising_aliases.add(alias.asname)
            if node.module and not node.level:
                self._imported.setdefault(node.module.split(".", 1)[0], set()).update(
                    a.asname or a.name for a in node.names)
            return
        if kind is ast.Import:
            for alias in node.names:
                first = alias.name.split(".", 1)[0]
                self._imported.setdefault(first, set()).add(alias.asname or first)
            return
        if isinstance(node, ast.Assert):
            self._expression(node.test, scope)
            if node.msg is not None:  # the AssertionError's message
                scope.sinks.append(("raise", self._expression(node.msg, scope)))
            return
        if isinstance(node, ast.Raise):
            exc = node.exc
            if isinstance(exc, ast.Call) and (_last_name(exc.func) or "")[:1].isupper():
                # A class called: its message arguments are the message (the rules'
                # _exception_message: positional ones and message keywords; every one for
                # a class of the module, or one imported by name, which may show any: the
                # rules read its definition where it is beside the module). `raise
                # self.retry(exc=e)` hands the error on: no message.
                everything = type(exc.func) is ast.Name and (exc.func.id in self.defined
                                                              or exc.func.id in self._from_imported)
                scope.sinks.append(("raise", self._arguments(
                    exc, scope, count=True, keywords=None if everything else self.flow.message_keywords)))
                self._expression(exc.func, scope)
            elif exc is not None:
                self._expression(exc, scope)
            if node.cause is not None:
                self._expression(node.cause, scope)
            return
        if isinstance(node, (ast.For, ast.AsyncFor)):
            names, taking = self._loop_targets(node.target, node.iter, scope)
            scope.clear.update(names)  # a loop variable: what iterating gives
            if type(node.target) in (ast.Tuple, ast.List) and _opaque(node.iter):
                # (a row's part over what is not in view: a strict name at its word, as the rules')
                scope.opaque.update(n for n in names if self._name_level(n) == _STRICT)
            atoms = self._expression(node.iter, scope)
            scope.assignments.append((taking, self._iterated(node.iter, atoms)))
            if scope is not self.scopes[0] and type(node.target) is not ast.Name:
                # (for _KEYS["x"] in ...: a module cache's store, as an assignment's)
                self._module_stores.extend((scope, t.value.id, atoms) for t in ast.walk(node.target)
                                           if type(t) is ast.Subscript and type(t.value) is ast.Name)
            self._body(node.body, scope)
            self._body(node.orelse, scope)
            return
        if isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                if item.optional_vars is None:
                    self._expression(item.context_expr, scope)
                else:  # (`with open(p) as fh`: fh = open(p), to the rules' bind())
                    self._assignment(_bound(item.optional_vars, item.context_expr, node), scope, opaque=True)
            self._body(node.body, scope)
            return
        for field in ("test", "value", "subject", "msg", "exc"):
            part = getattr(node, field, None)
            if isinstance(part, ast.AST):
                self._expression(part, scope)
        if isinstance(node, ast.Delete):
            for target in node.targets:
                self._expression(target, scope)
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if isinstance(block, list):
                self._body(block, scope)
        handlers = getattr(node, "handlers", ())
        # (a clause without a name that writes the caught error's traceback reads it as the
        # rules do, under a name of its own: log.exception("failed"), traceback.print_exc())
        printers = self._printers_of()
        caught = [h.name or (_CAUGHT + str(id(h)) if _writes_traceback(h.body, printers) else None) for h in handlers]
        if any(caught):
            self._request_errors(node.body, caught, scope)
        for handler, name in zip(handlers, caught):
            if handler.type is not None:
                self._expression(handler.type, scope)
            self._caught.append(name)
            try:
                self._body(handler.body, scope)
            finally:
                self._caught.pop()
        for case in getattr(node, "cases", ()):
            if case.guard is not None:
                self._expression(case.guard, scope)
            self._body(case.body, scope)

    def _note_split(self, targets: list, value, scope: _Scope) -> None:
        """The rules' _note_split and _split_into, a superset: `parts = s.split(":")` makes
        parts one of s's choices (followed from a name used as a key, in verdict); a
        secret-named target of a part (`user, password = parts`, `password = parts[3]`)
        makes what was split a key."""
        receiver = value.func.value if type(value) is ast.Call and type(value.func) is ast.Attribute \
            and value.func.attr in SPLITS else None
        for target in targets:
            if type(target) is ast.Name and receiver is not None:
                scope.choices.setdefault(target.id, []).extend(_choice_names(receiver))
        split = None
        if any(type(t) is ast.Name and self._name_level(t.id) == _STRICT for t in targets) \
                and type(value) is ast.Subscript:
            split = value.value
        elif any(type(t) in (ast.Tuple, ast.List) and any(
                type(e) is ast.Name and self._name_level(e.id) == _STRICT
                or type(e) is ast.Starred and type(e.value) is ast.Name and self._name_level(e.value.id) == _STRICT
                for e in t.elts) for t in targets):
            split = value  # (user, *password = creds.split(":") too)
        if split is None:
            return
        if type(split) is ast.Call and type(split.func) is ast.Attribute and split.func.attr in SPLITS:
            self._used_as_key(_choice_names(split.func.value), scope)
        elif type(split) is ast.Name:
            self._used_as_key([split.id], scope)

    @staticmethod
    def _used_as_key(names: list[str], scope: _Scope) -> None:
        """The names a value handed on as a key is made of (_value_names) are keys (the
        rules' secret_uses); a structure's field in it (`cfg["rest_key"]`) makes the
        structure hold one at a field not named like one."""
        plain = [n for n in names if not n.endswith(_FIELD_MARK)]
        if plain:
            scope.assignments.append((plain, _strict_atoms()))
            scope.keyed.update(plain)
        fields = [n[:-len(_FIELD_MARK)] for n in names if n.endswith(_FIELD_MARK)]
        if fields:
            scope.assignments.append((fields, _pathful_strict_atoms()))

    def _targets(self, target: ast.AST, names: list[str], scope: _Scope) -> None:
        """The names an assignment binds: a name, `a.b`, and the container of `d[k]`
        (a container takes what is put in it)."""
        stack = [target]
        while stack:
            node = stack.pop()
            if isinstance(node, (ast.Tuple, ast.List)):
                stack.extend(node.elts)
            elif isinstance(node, ast.Starred):
                stack.append(node.value)
            elif isinstance(node, ast.Subscript):
                base = _dotted(node.value)
                if base:
                    names.append(base)
                    if self._values_parameters and self._values_parameters.get(id(scope)) == base \
                            and type(node.slice) is ast.Constant and type(node.slice.value) is str:
                        names.append(f"self.{node.slice.value}")  # values["client"] of a validator
                self._expression(node, scope)
            else:
                dotted = _dotted(node)
                if dotted:
                    names.append(dotted)
                if isinstance(node, ast.Attribute):
                    self._expression(node.value, scope)

    def _loop_targets(self, target: ast.AST, iterated: ast.AST, scope: _Scope) -> tuple[list[str], list[str]]:
        """The names a loop binds, and those that take what iterating gives (as the
        rules' bind_iteration): all of a single target; of `for name, value in
        d.items()`, the value's; of a call of the module's function (a generator of
        tuples, read element by element by the rules), all; of any other unpacking, none
        (which part holds a secret is not known)."""
        base = iterated.func.value if type(iterated) is ast.Call and type(iterated.func) is ast.Attribute \
            and iterated.func.attr in ("items", "values", "keys") else iterated
        if (type(base) is ast.Name and base.id in self._name_collections) or (
                type(base) in (ast.Tuple, ast.List, ast.Set) and any(self._names_secret(e) for e in base.elts)) or (
                self._name_collections and type(base) is not ast.Name and any(
                    type(n) is ast.Name and n.id in self._name_collections for n in ast.walk(base))):
            # (the rules' loop_values: a loop over a module constant naming a secret's
            # variable, or over a literal tuple of such names, module constants among them;
            # or over what is made of such a constant, `sorted(SECRET_HEADERS & set(h))`,
            # any part of it taken: a superset)
            self._secret_name_vars.update(n.id for n in ast.walk(target) if type(n) is ast.Name)
        if not _unpacks(target):
            names: list[str] = []
            self._targets(target, names, scope)
            return names, names
        keys: list[str] = []
        values: list[str] = []
        self._targets(target.elts[0], keys, scope)
        for element in target.elts[1:]:
            self._targets(element, values, scope)
        items = len(target.elts) == 2 and type(iterated) is ast.Call and _last_name(iterated.func) == "items" \
            and type(target.elts[1]) not in (ast.Tuple, ast.List)
        if (type(iterated) is ast.Call and _last_name(iterated.func) in self.defined) or (
                type(iterated) is ast.Name and iterated.id in self._row_lists) or (
                type(iterated) in (ast.List, ast.Tuple, ast.Set) and any(type(e) is ast.Tuple for e in iterated.elts)):
            # (a list the module appends tuples to: the rules' rows, element by element;
            # appended anywhere in the file, a superset)
            return keys + values, keys + values
        return keys + values, values if items else []

    def _iterated(self, iterated, atoms: _Atoms) -> _Atoms:
        """What a loop over `iterated` gives, of what it is made of (`atoms`): as the
        rules' bind_iteration, a mapping named as one (`headers`, `redis_kwargs`) gives
        its keys, no secret of its own; a structure named as one that holds a secret at
        a field (`litellm_params`) gives its keys, not the secret its name says it holds
        (what was put in it is still followed). Not a name bound to a sequence display
        or a list of rows anywhere in the file: settled after the walk (_settle_loops)."""
        dotted = _dotted(iterated) if type(iterated) in (ast.Name, ast.Attribute) else None
        if not dotted:
            return atoms
        mapping = self.vocab.names_a_mapping(dotted)
        if not mapping and not self._is_structure(dotted.rpartition(".")[2]):
            return atoms
        kept = _Atoms()
        _merge(kept, atoms)
        kept.promote = atoms.promote
        self._loops.append((kept, iterated, dotted, mapping))
        return kept

    def _settle_loops(self) -> None:
        for kept, iterated, dotted, mapping in self._loops:
            if type(iterated) is ast.Name and (dotted in self._sequence_names or dotted in self._row_lists):
                continue  # (a sequence made here gives its elements whole, as the rules')
            if mapping:
                fresh = _Atoms()
                for slot in _Atoms.__slots__:
                    setattr(kept, slot, getattr(fresh, slot))
            else:
                kept.named.pop(dotted, None)
                if type(iterated) is ast.Attribute:
                    kept.level = 0  # (the attribute's own name was the level)

    def _names_secret(self, node) -> bool:
        """A key or a variable's name given by a name: a loop variable over names of
        secrets, or a module constant bound to one (USER_VAR = "..._PASSWORD"); a text
        named like a secret's too (for the elements of a literal tuple)."""
        if type(node) is ast.Constant:
            return type(node.value) is str and len(node.value) <= 100 and self._name_level(node.value) == _STRICT
        if type(node) is not ast.Name:
            return False
        if node.id in self._secret_name_vars:
            return True
        bound = self._module_strings.get(node.id)
        return bound is not None and len(bound.value) <= 100 and self._name_level(bound.value) == _STRICT

    def _token_request(self, node, scope: _Scope) -> bool:
        """A request whose form or JSON body is a dict with a token request's field, or a
        name the function bound to one."""
        node = node.value if type(node) is ast.Await else node
        return bool(self.flow.token_request_fields) and type(node) is ast.Call \
            and _last_name(node.func) in self.flow.http_request_methods \
            and any(k.arg in ("data", "json") and (
                (type(k.value) is ast.Dict and self._token_body(k.value))
                or (type(k.value) is ast.Name and k.value.id in scope.token_bodies)) for k in node.keywords)

    def _token_body(self, node: ast.Dict) -> bool:
        keys = {key.value for key in node.keys if type(key) is ast.Constant}
        exchange = self.flow.token_exchange_fields
        return not keys.isdisjoint(self.flow.token_request_fields) or bool(exchange) and exchange <= keys

    def _secret_option(self, keywords) -> bool:
        """An option or a prompt whose value is a secret: typed in hidden (any value of
        the keyword, here), or falling back to an environment variable named like a
        secret's (the rules' asks_hidden_input)."""
        flow = self.flow
        for k in keywords:
            if k.arg in flow.hidden_input_keywords:
                return True
            if k.arg in flow.option_envvar_keywords:
                names = k.value.elts if type(k.value) in (ast.List, ast.Tuple) else (k.value,)
                if any(type(n) is not ast.Constant or (type(n.value) is str and self._name_level(n.value) == _STRICT)
                       for n in names):
                    return True
        return False

    def _is_structure(self, name: str) -> bool:
        known = self._structures.get(name)
        if known is None:
            known = self._structures[name] = self.vocab.secret_structure_field(name) is not None
        return known

    def _note_secret_parameters(self, name: str, function, skip: int) -> None:
        """The positions of a signature's secret parameters after the first `skip`, by the
        name it is called by (a function's, a class's, a method's: merged where they share
        one). A maybe-secret's count too, by position and by keyword, and one ending in a
        secret's word (portal_key): the rules take one the function uses as a secret; any,
        here."""
        params = [a.arg for a in (*function.args.posonlyargs, *function.args.args)][skip:]
        secret = frozenset(i for i, param in enumerate(params) if self._param_level(param) == _STRICT)
        if secret:
            self._positional_secrets[name] = self._positional_secrets.get(name, frozenset()) | secret
        maybe = [(i, param) for i, param in enumerate(params) if self._param_level(param) == _MAYBE]
        if maybe:
            self._maybe_parameters.setdefault(name, []).append((function, maybe))

    def _param_level(self, name: str) -> int:
        """A parameter's level for its callers (the rules' secret_parameters): its name's,
        or a maybe-secret's where its last word is a secret's (portal_key)."""
        return self._name_level(name) or (_MAYBE if self.vocab.ends_in_secret_word(name) else 0)

    def _note_option(self, node: ast.Call) -> None:
        """Does this call declare a command-line option under a secret's name (the rules'
        secret_options, of argparse's add_argument calls: here any call with such a literal
        among its positional arguments or as its `dest=`, `--api-key`, `"token"`: a superset)?"""
        written = [a for a in node.args if type(a) is ast.Constant]  # ("-k", "--api-key"): any of them
        written += [k.value for k in node.keywords if k.arg == "dest"]
        for value in written:
            if type(value) is ast.Constant and type(value.value) is str \
                    and self._name_level(value.value.lstrip("-").replace("-", "_")):
                self.declares_secret_option = True
                return

    def _name_level(self, name: str) -> int:
        level = self._name_levels.get(name)
        if level is None:
            vocab = self.vocab
            level = self._name_levels[name] = _token_level(vocab, name, self._secret_words)
        return level

    def _printers_of(self) -> frozenset:
        """The names traceback's printers are called by in this file: their own, and those
        they are imported under (`from traceback import print_exc as show`; read once)."""
        if self._printers is None:
            self._printers = _TRACEBACK_PRINTS | frozenset(imported_as(self.text, _TRACEBACK_PRINTS)) \
                if "print_exc" in self.text else _TRACEBACK_PRINTS
        return self._printers

    def _request_errors(self, body, caught: list, scope: _Scope) -> None:
        """The rules' errors of a request whose URL carries a secret: the URL and query of
        each request of the try body (its arguments for a command), handed to each
        handler's name. Whether a call is a request depends on the module's imports,
        which may stand below: decided after the walk (_settle_requests)."""
        names = [name for name in caught if name]
        requests: list[tuple[ast.Call, Optional[str], _Atoms]] = []
        other = _Atoms()
        instances: list[tuple[str, str]] = []  # (receiver, method) of calls on a name
        for node in _calls_in(body):
            name = _last_name(node.func)
            if name in self._request_methods:
                requests.append((node, name, self._request_arguments(node, name, scope)))
            if type(node.func) is ast.Name:
                other.calls.add(node.func.id)  # a module helper's requests (its summary's url_errors)
            elif type(node.func) is ast.Attribute and node.func.attr == "raise_for_status":
                response = _dotted(node.func.value)  # resp of a keyed request made above the try
                if response:
                    other.names.add(response)
            elif type(node.func) is ast.Attribute and type(node.func.value) is ast.Name and node.func.value.id == "self":
                # a method's requests (its summary's url_errors). (Also where the name is a
                # request method's, `call` or `post`: whether the call is a request is
                # settled after the walk, and a method of the module so named is not one.)
                other.calls.add(node.func.attr)
            elif type(node.func) is ast.Attribute and (type(node.func.value) is ast.Name or _is_self_attribute(node.func.value)):
                # ... on an instance of a class of the module (t = Translator(key);
                # t.call(), as the rules' receiver_summary reads it; on any receiver,
                # where a class of the module defines the method), or of a class of
                # another module of the project (see _imported_instance_method)
                instances.append((_dotted(node.func.value), node.func.attr))
        if requests or other.names or other.calls or instances:
            self._pending_requests.append((scope, names, requests, other, instances))

    def _imported_instance_method(self, receiver: str, method: str) -> bool:
        """Is `receiver` bound, anywhere in the file, to an instance of a class imported
        from a module of the project that defines `method` (True where the file's place
        is unknown)?"""
        cls = self._imported_instances().get(receiver)
        if cls is None:
            return False
        key = (cls, method)
        held = self._instance_methods.get(key)
        if held is None:
            if self.path is None:
                held = True
            else:
                module_name, level, name = self.imported_classes[cls]
                file = neighbours.defining_file(self.path, module_name or None, level, name)
                held = file is not None and method in url_methods(file, self.knowledge)
            self._instance_methods[key] = held
        return held

    def _method_names(self) -> frozenset:
        """The names of the methods the module's classes define (after the walk)."""
        if self._methods_named is None:
            self._methods_named = frozenset(m.node.name for methods in self.classes for m in methods
                                            if m.node is not None)
        return self._methods_named

    def _project_class(self, local: str) -> bool:
        """Is the class imported from a module of the project (a relative import, or an
        absolute one that finds a file beside the file: the rules' project_classes)?"""
        module_name, level, _ = self.imported_classes[local]
        return bool(level) or self.path is None or neighbours.module_file(self.path, module_name or None, level) is not None

    def _imported_instances(self) -> dict:
        """The names (and `self.x`) bound anywhere in the file (`x = Cls(...)`, `x = await
        Cls(...)`, `with Cls(...) as x`) to a call of a capitalised name the file imports by `from`;
        a name bound so to two such classes stands for both (the last kept: a superset
        only in which module is read). Found once, and only where such a call is in the
        text at all."""
        if self._instances is None:
            self._instances = {}
            project: dict[str, bool] = {}
            for target, cls in self._constructions:  # (noted by _assignment, in the walk's order)
                if cls in self.imported_classes:
                    held = project.get(cls)
                    if held is None:
                        held = project[cls] = self._project_class(cls)
                    if held:
                        self._instances[target] = cls  # (self.api = Api(key): self.api)
        return self._instances

    def _query_client_key(self, call: ast.Call, name: str, scope: _Scope) -> _Atoms:
        """What the key argument of a query-key client's making is made of (by its
        keyword, or at its place; anywhere where an argument is splatted)."""
        keyword, position = self._query_client_tails[name]
        splat = any(type(a) is ast.Starred for a in call.args) or any(k.arg is None for k in call.keywords)
        atoms = _Atoms()
        for index, arg in enumerate(call.args):
            if splat or index == position:
                _merge(atoms, self._expression(arg, scope, count=False))
        for k in call.keywords:
            if k.arg is None or k.arg == keyword:
                _merge(atoms, self._expression(k.value, scope, count=False))
        return atoms

    def _makes_query_client(self, dotted: Optional[str], client: str) -> bool:
        """Does a call by this name make the query-key client of that last name? As the
        rules read its qualified name, through the module's imports (a relative one
        names none): the name it is called by (`googlemaps.Client`, `Client`, `build`,
        `make_service`) imported, anywhere in the file, from the module the client is
        made from (genai.Client makes none)."""
        if dotted is None:
            return False  # (no name the imports could give: the rules' qualname is None)
        return self._imported_from(dotted.split(".", 1)[0], self._query_client_modules.get(client, ()))

    def _imported_from(self, head: Optional[str], modules) -> bool:
        """Is this name imported anywhere in the file from one of these modules (by their
        first parts: `import googlemaps as gm`, `from requests import get`)?"""
        return head is not None and any(head in self._imported.get(module, ()) for module in modules)

    def _request_arguments(self, call: ast.Call, name: Optional[str], scope: _Scope) -> _Atoms:
        """A request's URL and query (url=, params=; the second positional argument of
        `request`), or a command's line (its first positional argument, args=)."""
        atoms = _Atoms()
        url_at = self.flow.url_place(name)
        splat = any(type(a) is ast.Starred for a in call.args)  # (then any place could be the URL)
        parts = [arg for index, arg in enumerate(call.args) if splat or index in (0, url_at)]
        parts += [k.value for k in call.keywords if k.arg is None or k.arg in ("url", "params", "args")]
        names_url = self.flow.names_requested_secret_url
        for part in parts:
            _merge(atoms, self._expression(part, scope, count=False))
            if type(part) in (ast.Name, ast.Attribute) and names_url(_last_name(part)):
                atoms.level = _STRICT  # requests.post(self.webhook_url): the rules' request_url_labels
        return atoms

    def _is_request(self, call: ast.Call, name: Optional[str]) -> bool:
        """As the rules: a request method of an HTTP module (through its imports), or
        of a receiver whose last word is a client's; a command call of subprocess that
        raises on failure."""
        flow = self.flow
        func = call.func
        dotted = _dotted(func)
        head = dotted.split(".", 1)[0] if dotted else None
        if name in self._command_tails:
            if head not in self._imported.get("subprocess", ()):
                return False
            keywords = {k.arg: k.value for k in call.keywords if k.arg}
            check = keywords.get("check")
            return name not in ("run", "call") or "timeout" in keywords or any(k.arg is None for k in call.keywords) \
                or (type(check) is ast.Constant and check.value is True) or (check is not None and type(check) is not ast.Constant)
        if name not in flow.http_request_methods:
            return False
        if self._imported_from(head, flow.http_modules):
            return True
        receiver = _last_name(func.value) if type(func) is ast.Attribute else None
        words = name_words(receiver) if receiver else ()
        return bool(words) and words[-1] in flow.http_client_words

    def _note_response(self, names: list[str], value, scope: _Scope) -> None:
        """Names bound to what a call by a request method's name returns: by an
        assignment, a with-item (`with requests.get(...) as resp`, aiohttp's `async with
        session.get(...) as resp`) or `:=`, as the rules bind each (their keyed
        responses). Where the call is a request whose URL carries a secret, resp.url is
        that URL and resp.raise_for_status() raises the error quoting it; whether it is
        a request depends on the imports, which may stand below: see _settle_requests."""
        made = value.value if type(value) is ast.Await else value
        if names and type(made) is ast.Call:
            name = _last_name(made.func)
            if name in self._request_methods:
                self._pending_responses.append((scope, names, made, name, self._request_arguments(made, name, scope)))

    def _settle_requests(self) -> None:
        for scope, names, call, name, arguments in self._pending_responses:
            if self._is_request(call, name):
                scope.assignments.append((names, arguments))
                scope.pathful.update(names)  # (resp.url: the URL sent, query and all)
        for scope, names, requests, other, instances in self._pending_requests:
            atoms = _Atoms()
            atoms.names |= other.names  # resp.raise_for_status(): what resp was requested with
            for call, name, arguments in requests:
                if self._is_request(call, name):
                    _merge(atoms, arguments)
            if any(self._imported_instance_method(receiver, method) for receiver, method in instances):
                # translator.call(p) of translator = GeminiTranslator(key), a class of another
                # module of the project: its requests' errors reach us where its URLs carry
                # a key (the rules' instance_url_errors; any method it defines, here)
                atoms.level = _STRICT
            # The module's helpers it calls: their requests' errors reach it where their
            # URL is keyed (set in _sources, once that is known).
            helpers = {c for c in other.calls if c in self.definitions}
            if instances:
                methods = self._method_names()
                helpers.update(method for _, method in instances if method in methods)
            if atoms.names or atoms.fields or atoms.level or atoms.via or helpers:
                atoms.promote = True
                scope.assignments.append((names, atoms))
                scope.pathful.update(names)  # (e.request.url: the URL sent, as the rules' keyed_sent)
                if helpers:
                    self._helper_errors.append((atoms, helpers, scope))

    def _reads_secret_field(self, scope: _Scope, base: str, held: _Atoms) -> None:
        """A secret-named field of `base` is read here (cfg["api_key"], cfg.get("api_key"),
        "api_key" in cfg): base holds one, in this scope and as the module's mapping."""
        scope.assignments.append(([base], held))
        self._note_mapping(base)
        self._secret_field_bases.append((scope, base))

    def _note_mapping(self, base: str) -> None:
        """The rules' mapping_secret_fields: a mapping of the module (settings, config,
        os.environ) a secret is read from anywhere holds it everywhere."""
        if base == "os.environ" or ("." not in base and self.vocab.names_a_mapping(base)):
            self._mappings.add(base)  # (kept where the module binds it: see verdict)

    def _made_as_key(self, value) -> bool:
        """A key format's prefix, or one of its shape, joined to what the secrets module
        makes (the rules' made_as_key; a superset: any call of it, any number of bytes)."""
        head = value.left if type(value) is ast.BinOp else value.values[0] if type(value) is ast.JoinedStr and value.values else None
        if type(head) is ast.Constant and type(head.value) is str and self._key_prefixes \
                and head.value.startswith(self._key_prefixes):
            return True
        return self._minted_head(head) and _made_by_secrets(value)

    def _minted_head(self, head) -> bool:
        """The head of a key the code mints, as the rules read it: a literal with a key
        prefix's shape, or a module constant bound to one (PREFIX = "gw_live_")."""
        if type(head) is ast.Name:
            head = self._module_strings.get(head.id)
        return type(head) is ast.Constant and type(head.value) is str and MINTED_PREFIX.fullmatch(head.value) is not None

    def _kept_keywords(self, names: list[str], value, scope: _Scope) -> None:
        """x = Cls(headers=h): x.headers holds what h holds (the rules' bind)."""
        if type(value) is ast.Await:
            value = value.value
        if type(value) is not ast.Call or not value.keywords or not names \
                or not (_last_name(value.func) or "")[:1].isupper():  # (a constructor's)
            return
        for keyword in value.keywords:
            if keyword.arg and type(keyword.value) in (ast.Name, ast.Attribute, ast.Dict):
                scope.assignments.append(([f"{n}.{keyword.arg}" for n in names],
                                          self._expression(keyword.value, scope, False)))

    def _compared(self, left, right, scope: _Scope) -> None:
        """A name compared for equality with something secret-named is used as a secret
        (the rules' secret_uses; any strict part of the other side, a superset)."""
        for mine, other in ((left, right), (right, left)):
            if type(mine) is ast.Name:
                atoms = self._expression(other, scope, False)
                if atoms.level == _STRICT or _STRICT in atoms.named.values():
                    self._used_as_key([mine.id], scope)
                elif type(other) is ast.Name:
                    # key != _DEMO_KEY: settled when the module's key constants are known
                    self._compared_names.append((scope, mine.id, other.id))

    def _joined_name_level(self, node: ast.JoinedStr) -> int:
        """How an f-string's text reads as a variable's name, each field a letter."""
        text = "".join(v.value if type(v) is ast.Constant else "X" for v in node.values)
        if len(text) > 100:
            return 0
        level = self._name_level(text)
        if len(node.values) > 1 and type(node.values[-1]) is not ast.Constant:
            # f"MODELRED_KEY_{tenant}": by its head too
            head = "".join(v.value if type(v) is ast.Constant else "X" for v in node.values[:-1])
            level = max(level, self._name_level(head.rstrip("_-")))
        return level

    def _names_secret_variable(self, node: ast.JoinedStr) -> bool:
        return self._joined_name_level(node) > 0

    def _names_table_entry(self, node) -> bool:
        """KEY_ENVS[provider], KEY_ENVS.get(provider): an entry of a module constant that
        holds a secret variable's name (the rules' variable_name)."""
        # (and spec["key_env"] of a loop over such a constant's rows: the rules' loop values)
        if type(node) is ast.Subscript:
            return type(node.value) is ast.Name and (node.value.id in self._name_collections
                                                      or node.value.id in self._secret_name_vars)
        return type(node) is ast.Call and type(node.func) is ast.Attribute and node.func.attr == "get" \
            and type(node.func.value) is ast.Name and (node.func.value.id in self._name_collections
                                                        or node.func.value.id in self._secret_name_vars)

    def _key(self, atoms: _Atoms, node) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)) and len(node.value) <= 100:
            # (a bytes key too, record.get(b"api_key") of a Redis hash: the rules read its text)
            text = node.value if type(node.value) is str else node.value.decode("latin-1")
            atoms.level = max(atoms.level, self._name_level(text))
        elif self._names_table_entry(node) or (type(node) is ast.Attribute and node.attr == "value"
                                               and type(node.value) is ast.Name and node.value.id in self._secret_name_vars):
            atoms.level = _STRICT  # os.environ.get(KEY_ENVS[provider]); os.environ.get(p.value) over an Enum's
        elif type(node) is ast.Call and _last_name(node.func) == "get" and len(node.args) == 2:
            self._key(atoms, node.args[1])  # os.environ[t.get("key_env", "ANTHROPIC_API_KEY")]
        elif type(node) is ast.Attribute and node.attr in self._key_members \
                and type(node.value) is ast.Name and node.value.id == "self":
            atoms.level = max(atoms.level, self._key_members[node.attr])  # (the rules' field_key)
        elif type(node) is ast.JoinedStr:  # os.environ[f"{name}_API_KEY"] (the rules' variable_name)
            atoms.level = max(atoms.level, self._joined_name_level(node))
        elif type(node) is ast.Attribute:
            held = self.vocab.names_a_secret_variable(node.attr)
            if held is not None:  # os.getenv(self.api_key_env) (the rules' variable_holder_label)
                atoms.level = max(atoms.level, _STRICT if held else _MAYBE)
        elif type(node) is ast.Name:
            held = self.vocab.names_a_secret_variable(node.id)
            if held is not None:
                # os.environ[api_key_env], os.getenv(key_name) (the rules' variable_holder_label;
                # and what follows, for a name bound to a variable's name)
                atoms.level = max(atoms.level, _STRICT if held else _MAYBE)
            if node.id in self._secret_name_vars:
                atoms.level = _STRICT  # os.environ.get(env_name) over PROVIDER_ENV's names
            else:
                atoms.names.add(node.id)  # os.environ.get(OPENAI_ENV): a module constant's name
                if node.id.isupper():  # data[CONF_API_KEY]: the field it names (the rules' field_key)
                    atoms.level = max(atoms.level, self._name_level(node.id))
                if node.id in self._module_strings:  # KEY_VAR = "DOCINTEL_KEY": the name it holds
                    self._key(atoms, self._module_strings[node.id])

    def _says(self, text: str) -> bool:
        """Does a text hold one of the words that make a maybe-secret a secret?"""
        said = self._message_words.get(text)
        if said is None:
            low = text.lower()
            said = self._message_words[text] = any(w in low for w in self.vocab.message_secret_words)
        return said

    def _expression(self, root: ast.AST, scope: _Scope, count: bool = True) -> _Atoms:
        """What `root` is made of; also notes the scope's calls, sources, sinks and the
        assignments made inside expressions (`:=`, comprehension variables, mutators)."""
        atoms = _Atoms()
        if type(root) is ast.Name:  # (half of the calls: read as the loop below reads one)
            name = root.id
            atoms.names.add(name)
            level = self._name_levels.get(name)
            if level is None:
                level = self._name_level(name)
            if level:
                atoms.named[name] = level
            if name in self._module_strings:  # (KEY_HEADER = "X-Beamline-Key" in a message: its words)
                atoms.words = self._says(self._module_strings[name].value)
            return atoms
        flow, vocab = self.flow, self.vocab
        stack = [root]
        levels = self._name_levels
        whole: set[int] = set()  # the methods of calls that keep their receiver whole (d.copy())
        message_words = self._message_words
        while stack:
            node = stack.pop()
            if node is None:  # (a dict's `**` entry has no key; a lambda's parameter, no default)
                continue
            kind = type(node)
            # The leaves first, by exact type (most nodes are names and constants; their
            # `ctx` children need no visit).
            if kind is ast.Name:
                name = node.id
                atoms.names.add(name)
                level = levels.get(name)
                if level is None:
                    level = self._name_level(name)
                if level and level > atoms.named.get(name, 0):
                    atoms.named[name] = level
                if not atoms.words and name in self._module_strings:
                    atoms.words = self._says(self._module_strings[name].value)
                continue
            if kind is ast.Attribute:
                attr = node.attr
                # (`name.attr` most often: read here, without _dotted's loop)
                dotted = f"{node.value.id}.{attr}" if type(node.value) is ast.Name else _dotted(node)
                if dotted:
                    atoms.names.add(dotted)
                level = levels.get(attr)
                if level is None:
                    level = self._name_level(attr)
                if attr in flow.request_credential_fields and _names_a_request(flow, node.value):
                    level = _STRICT  # request.headers: the Authorization header sent
                elif attr == "headers" and self._sets_headers and _names_a_client(flow, node.value):
                    level = _STRICT  # session.headers of a module that may set a credential header on one
                if level > atoms.level:
                    atoms.level = level
                if level == _STRICT and count and type(node.value) is ast.Name:
                    # args.api_key read: a namespace printed whole shows it (see verdict)
                    scope.secret_attribute_bases.add(node.value.id)
                    self._note_mapping(node.value.id)
                # (a value field, get_secret(n).value, secret.key of secret-value-fields, reads
                # its base's secret)
                if not level and dotted and node.attr not in _VALUE_ATTRIBUTES and id(node) not in whole \
                        and node.attr not in flow.secret_value_fields:
                    _add_bases(atoms.fields, dotted)  # cfg.model: one field of cfg
                    continue
                if type(node.value) is ast.Name and node.attr not in self._whole_methods and self._is_structure(node.value.id):
                    # litellm_params.model: a field of a structure that holds a secret at
                    # another (the rules are field-sensitive); its taint still counts
                    atoms.names.add(node.value.id)
                    continue
                stack.append(node.value)
                continue
            if kind is ast.Constant:
                # ("keys.json", ".env": a file of secrets, whose path is no secret; what
                # reads it is, the rules' secret_file_read: see _file_paths)
                if type(node.value) is str and not atoms.words:
                    said = message_words.get(node.value)
                    if said is None:
                        low = node.value.lower()
                        said = message_words[node.value] = any(w in low for w in vocab.message_secret_words)
                    atoms.words = said
                # ("https://api.telegram.org/bot" + token: what follows is the bot's token,
                # the rules' _after_token_url; the whole text is taken, a superset)
                if self._token_urls and type(node.value) is str and any(p in node.value for p in self._token_urls):
                    atoms.level = _STRICT
                continue
            if kind is ast.keyword:
                if node.arg:  # dict(api_key=k) holds a secret there
                    level = self._name_level(node.arg)
                    atoms.level = max(atoms.level, level)
                    if count and level == _STRICT and type(node.value) in (ast.Name, ast.Attribute, ast.Subscript):
                        # Client(api_key=key): `key` is used as a key (the rules' secret_uses)
                        self._used_as_key(_value_names(node.value), scope)
            elif kind is ast.Subscript:
                if type(node.slice) is ast.Constant and type(node.slice.value) is str \
                        and not self._name_level(node.slice.value) and node.slice.value not in _VALUE_ATTRIBUTES:
                    # (not resp["data"]: a secret store's value itself, as the rules read it)
                    base = _dotted(node.value)
                    if base:
                        _add_bases(atoms.fields, base + ".")  # cfg["model"]: one field of cfg
                        continue
                self._key(atoms, node.slice)
                if count and ((isinstance(node.slice, ast.Constant) and self._name_level(str(node.slice.value)))
                              or self._names_secret(node.slice)):
                    base = _dotted(node.value)  # reading a secret field shows the structure holds one
                    if base:
                        self._reads_secret_field(scope, base, _strict_atoms())
                    elif type(node.value) is ast.Subscript:
                        # conf["modelred"]["api_key"]: conf holds it at a field not named like one
                        outer = _dotted(node.value.value)
                        if outer:
                            scope.assignments.append(([outer], _pathful_strict_atoms()))
                            self._note_mapping(outer)  # (CONFIG["s3"]["secret_access_key"]: the rules' sections)
                            self._sectioned.add(outer)
                if type(node.value) is ast.Name and self._is_structure(node.value.id):
                    atoms.names.add(node.value.id)  # litellm_params["model"]: one field (as above)
                    stack.append(node.slice)
                    continue
            elif kind is ast.Tuple and count and len(node.elts) == 2 and type(node.elts[0]) is ast.Constant \
                    and type(node.elts[0].value) is str and type(node.elts[1]) is not ast.Starred and (
                        self._name_level(node.elts[0].value) or self.vocab.names_a_key_header(node.elts[0].value)):
                self._used_as_key(_value_names(node.elts[1]), scope)  # (("x-goog-api-key", key),): the rules' header pair
            elif kind is ast.Dict:
                for key, value in zip(node.keys, node.values):
                    if key is not None:
                        if type(value) is not ast.Constant:  # {"api_key": "x"}: no secret's
                            self._key(atoms, key)
                        if type(value) is not ast.Constant and not (
                                type(key) is ast.Constant and type(key.value) is str and self._name_level(key.value)):
                            atoms.pathful = True  # {"model": m}: m at a field not named like a secret
                        if type(key) is ast.Name:  # {KEY_HEADER: key}: the module constant's text
                            key = self._module_strings.get(key.id, key)
                        # (a query's key field, {"key": k}, only in a request's params: see
                        # _query_keys)
                        if count and type(key) is ast.Constant and type(key.value) is str and (
                                (_is_secret_const(self, key) and self._name_level(key.value) == _STRICT)
                                or self.vocab.names_a_key_header(key.value)):
                            self._used_as_key(_value_names(value), scope)  # {"Authorization": f"Bearer {key}"}
            elif kind is ast.Yield or kind is ast.YieldFrom:
                if node.value is not None:  # a generator's items are what it returns
                    inner = self._expression(node.value, scope, count)
                    scope.returns.append(inner)
                    scope.return_parts.append(None)
                    _merge(atoms, inner)
                continue
            elif kind is ast.NamedExpr:
                # (`(resp := requests.get(url))`: an assignment, to the rules' bind())
                _merge(atoms, self._assignment(_bound(node.target, node.value, node), scope))
                continue
            elif kind is ast.comprehension:
                inner = self._expression(node.iter, scope, count)
                _merge(atoms, inner)
                names, taking = self._loop_targets(node.target, node.iter, scope)
                scope.assignments.append((taking, self._iterated(node.iter, inner)))
                scope.clear.update(names)
                if type(node.target) in (ast.Tuple, ast.List) and _opaque(node.iter):
                    scope.opaque.update(n for n in names if self._name_level(n) == _STRICT)
                stack.extend(node.ifs)
                if node.ifs and any((type(n) is ast.Constant and self._names_secret(n))
                                    or (type(n) is ast.Name and n.id in self._name_collections)
                                    for test in node.ifs for n in ast.walk(test)):
                    atoms.level = _STRICT  # if k in SECRET_FIELDS: the rules' kept secret fields
                continue
            elif kind is ast.Compare:
                if count and len(node.ops) == 1 and type(node.ops[0]) in (ast.Eq, ast.NotEq):
                    self._compared(node.left, node.comparators[0], scope)
                elif count and len(node.ops) == 1 and type(node.ops[0]) in (ast.In, ast.NotIn) \
                        and type(node.left) is ast.Constant and type(node.left.value) is str \
                        and " " not in node.left.value and self._name_level(node.left.value):
                    # "api_key" in cfg: cfg holds one, as cfg["api_key"] read says (the rules'
                    # guards, in the branch where it holds; anywhere here, a superset)
                    base = _dotted(node.comparators[0])
                    if base:
                        self._reads_secret_field(scope, base, _strict_atoms())
                # A verdict, not the value (the rules' expr_Comparison: `key is not None`
                # logged shows a bool); its parts are still read for what they bind and call.
                for part in (node.left, *node.comparators):
                    self._expression(part, scope, count)
                continue
            elif kind is ast.UnaryOp and type(node.op) is ast.Not:
                self._expression(node.operand, scope, count)  # (`not key`: a verdict too)
                continue
            elif kind is ast.Call:
                name = _last_name(node.func)
                if flow.secret_file_names and name != "open" and name not in flow.path_calls and any(
                        type(a) is ast.Constant and _names_file_of_secrets(a.value, flow.secret_file_names)
                        for a in node.args):
                    atoms.level = _STRICT  # read_env_file(".env"): what reads it (the rules' secret_file_read)
                if self._secret_paths is not None and name in flow.file_reading_calls and (
                        (type(node.func) is ast.Attribute and self._stands_for_file(node.func.value))
                        or (node.args and self._stands_for_file(node.args[0]))):
                    atoms.level = _STRICT  # env_path.read_text(), json.load(fh) of a file of secrets
                if count and name == "get" and len(node.args) >= 2 and type(node.func) is ast.Attribute \
                        and type(node.args[0]) is ast.Constant and type(node.args[1]) is ast.Constant \
                        and type(node.args[1].value) is str and self._name_level(node.args[1].value) == _STRICT:
                    # cfg.get("airline", "api_key"): cfg holds it in a section (the rules'
                    # mapping_secret_fields)
                    outer = _dotted(node.func.value)
                    if outer:
                        scope.assignments.append(([outer], _pathful_strict_atoms()))
                        self._note_mapping(outer)
                        self._sectioned.add(outer)
                if count and self.secret_records:
                    # Session.model_validate(reply), Session(**reply): a record of the module
                    # with a secret field, made of a name's mapping: the name holds that field
                    # (the rules' secret_uses records; any method of the class here, a superset)
                    made = None
                    if type(node.func) is ast.Attribute and type(node.func.value) is ast.Name \
                            and node.func.value.id in self.secret_records and node.args and type(node.args[0]) is ast.Name:
                        made = node.args[0].id
                    elif type(node.func) is ast.Name and node.func.id in self.secret_records:
                        made = next((k.value.id for k in node.keywords if k.arg is None and type(k.value) is ast.Name), None)
                    if made:
                        scope.assignments.append(([made], _strict_atoms()))
                if not self.declares_secret_option and (node.args or node.keywords):
                    self._note_option(node)
                if type(node.func) is ast.Attribute and scope.token_responses \
                        and _dotted(node.func.value) in scope.token_responses:
                    atoms.level = _STRICT  # print(resp.json()) of a token request's reply (any call on it)
                if name in self.flow.namespace_calls:
                    # print(parser.parse_args()): the namespace holds the module's secret options
                    # (declared below it: the whole file is passed, see verdict)
                    if self.declares_secret_option:
                        atoms.level = _STRICT
                    else:
                        self.namespace_before_option = True
                if count and node.keywords and name in flow.http_request_methods and flow.query_key_fields:
                    for keyword in node.keywords:
                        if keyword.arg == "params":
                            self._query_keys(keyword.value, scope)
                if count and node.keywords:
                    for keyword in node.keywords:
                        pair = keyword.value
                        if type(pair) is ast.Name:  # auth=mj_auth of mj_auth = (public, private)
                            pair = self._pairs.get(pair.id, pair)
                        if keyword.arg in vocab.basic_auth_keywords and type(pair) is ast.Tuple:
                            # auth=(user, password): either may be the key (the rules' secret_uses)
                            for element in pair.elts:
                                self._used_as_key(_value_names(element), scope)
                if name in self._dump_calls:
                    # (the first argument where there is one, as the rules: dataclasses.asdict(cfg))
                    dumped = node.args[0] if node.args and type(node.args[0]) is not ast.Starred else \
                        node.func.value if type(node.func) is ast.Attribute else None
                    if type(dumped) is ast.Name:
                        scope.dumped.add(dumped.id)
                if name in _DIGESTS and node.args:
                    hashed = node.args[0]
                    if type(hashed) is ast.Call and type(hashed.func) is ast.Attribute and hashed.func.attr == "encode":
                        hashed = hashed.func.value
                    scope.digested.update(_value_names(hashed))
                elif name == "compare_digest":
                    scope.checks_digest = True
                if count and name == "compare_digest" and len(node.args) == 2:
                    self._compared(node.args[0], node.args[1], scope)
                if name in self._request_methods:
                    scope.requests.append((node, name))
                if count and name == "__init__" and node.keywords and type(node.func) is ast.Attribute \
                        and type(node.func.value) is ast.Call and type(node.func.value.func) is ast.Name \
                        and node.func.value.func.id == "super":
                    # super().__init__(headers=h): self.headers holds what h holds (the rules')
                    for keyword in node.keywords:
                        if keyword.arg is not None:
                            scope.assignments.append(([f"self.{keyword.arg}"],
                                                      self._expression(keyword.value, scope, count=False)))
                client = name if name in self._query_client_tails else self._client_aliases.get(name)
                if count and client is not None:
                    # ScrapflyClient(key=k): calls on it are requests whose URL carries k
                    # (the rules' query-key clients, also under another name: `build as
                    # make_service`; which module it is made from is known once every
                    # import is read: _makes_query_client)
                    # (Application.builder().token(TOKEN): by the chain's first call)
                    made_by = _dotted(node.func) if client not in self._key_setters else _chain_head(node.func)
                    self._query_clients.append((scope, self._query_client_key(node, client, scope), made_by, client))
                source = self._source_calls.get(name)
                if source is None:
                    source = self._source_calls[name] = matches(name, flow.secret_calls) or matches(name, flow.token_providers) \
                        or matches(name, flow.secret_mapping_calls) \
                        or name in flow.credential_getters
                    # (dotenv_values(): a mapping of them; a credential getter, which the rules
                    # may find in another module: imported_facts.py)
                if not source and name in self._minting_tails and (type(node.func) is ast.Name or (
                        type(node.func) is ast.Attribute and f"{_last_name(node.func.value)}.{name}" in self._minting_pairs)):
                    # jwt.encode(claims, key): a signed token (the rules' minting-calls, by
                    # their last two names, or imported: `from jwt import encode`; not any
                    # text's .encode())
                    source = True
                if not source and name in flow.minting_methods and type(node.func) is ast.Attribute:
                    source = True  # AccessToken(...).to_jwt(): a signed token
                # get_credentials() of an imported function, KeyStore.get_key(s) on an
                # imported class (the rules' imported_returns)
                if not source and type(node.func) is ast.Name and node.func.id in self.imported_sources:
                    source = _may_return(self.knowledge, node.func.id, None)
                elif not source and type(node.func) is ast.Attribute and type(node.func.value) is ast.Name \
                        and node.func.value.id in self.imported_classes:
                    source = self._imported_getter(node.func.value.id, node.func.attr)
                if source or (self.settings_records and _record_name(node.func) in self.settings_records) or (
                        self.secret_records
                        and _makes_record(node.func, self.secret_records, self._record_factories)) or (
                        # GridConfig(**raw): a mapping fills the record's secret fields
                        self.secret_records and _record_name(node.func) in self.secret_records
                        and any(k.arg is None for k in node.keywords)) or (
                        node.keywords and self._secret_option(node.keywords)):
                    # (Settings(): a record that reads the environment; click.prompt(...,
                    # hide_input=True): what is typed in hidden; any value of the keyword here)
                    atoms.level = _STRICT
                wrapper = None
                method = False  # self.m(...): the rules' method summaries (self is parameter 0)
                if isinstance(node.func, ast.Name):
                    atoms.calls.add(node.func.id)
                    scope.calls.add(node.func.id)
                    wrapper = node.func.id
                elif type(node.func) is ast.Attribute and node.func.attr in self.defined and (
                        type(node.func.value) is ast.Name or (type(node.func.value) is ast.Attribute
                                                              and type(node.func.value.value) is ast.Name
                                                              and node.func.value.value.id == "self")):
                    # (on any receiver: the rules summarise a method called on an
                    # instance of the module's class too, cache.token(), self.proxy.as_playwright())
                    atoms.calls.add(node.func.attr)
                    scope.calls.add(node.func.attr)
                    if type(node.func.value) is ast.Name and node.func.value.id == "self":
                        wrapper, method = node.func.attr, True
                if node.args and name in self._key_calls:
                    self._key(atoms, node.args[0])
                    if name == "get" and len(node.args) >= 2:
                        self._key(atoms, node.args[1])  # config.get("default", "api_key")
                    if name == "getenv":  # os.getenv("X_API_KEY", default): the variable, not `os`
                        stack.extend(node.args[1:])
                        stack.extend(k.value for k in node.keywords)
                        continue
                    sectioned = name == "get" and len(node.args) >= 2 and _is_secret_const(self, node.args[1])
                    if count and isinstance(node.func, ast.Attribute) and (
                            _is_secret_const(self, node.args[0]) or self._names_secret(node.args[0]) or sectioned):
                        base = _dotted(node.func.value)
                        if base:
                            # (cfg.get("imap", "password"): the parser holds it in a section,
                            # a field not named like a secret)
                            held = _pathful_strict_atoms() if sectioned else _strict_atoms()
                            if not sectioned and scope.text_tokens and type(node.args[0]) is ast.Constant \
                                    and self._name_level(node.args[0].value) == _MAYBE:
                                # (chunk.get("token") in a parser's function: a word of its
                                # text, which the rules' field_label does not take for a secret;
                                # elsewhere the field's name makes it one, as params["token"])
                                held.level = _MAYBE
                            self._reads_secret_field(scope, base, held)
                if count and name == "startswith" and type(node.func) is ast.Attribute \
                        and type(node.func.value) is ast.Name and node.args and any(
                            type(p) is ast.Constant and isinstance(p.value, str) and p.value
                            and self.vocab.checks_key_format(node.func.value.id, p.value)
                            for p in (node.args[0].elts if type(node.args[0]) is ast.Tuple else (node.args[0],))):
                    self._used_as_key([node.func.value.id], scope)  # key.startswith("sk-"), (("sk-", "AIza"))
                if count and node.args and type(node.args[0]) in (ast.Name, ast.Attribute) and (name in flow.secret_hashers or (
                        type(node.func) is ast.Attribute and _last_two(node.func) in flow.credential_takers)):
                    self._used_as_key(_value_names(node.args[0]), scope)  # hash_token(key), jwt.decode(request.token)
                if count and type(node.func) is ast.Attribute and node.func.attr in vocab.connection_string_taker_names \
                        and _last_two(node.func) in vocab.connection_string_takers:
                    # psycopg.connect(conninfo=dsn): the connection string (the rules' secret_uses)
                    for given in (*node.args[:1], *(k.value for k in node.keywords
                                                    if k.arg in vocab.connection_string_keywords)):
                        if type(given) in (ast.Name, ast.Attribute):
                            self._used_as_key(_value_names(given), scope)
                if count and name in flow.password_splat_calls:
                    for keyword in node.keywords:  # MySQLConnection(**config): config holds the password
                        splat = _dotted(keyword.value) if keyword.arg is None else None
                        if splat:
                            scope.assignments.append(([splat], _strict_atoms()))
                if name in ("vars", "asdict") and node.args and type(node.args[0]) is ast.Name and node.args[0].id == "self":
                    atoms.names.add("self.__dict__")  # every attribute (see _share_attributes)
                if name in _TRACEBACK_TEXTS and self._caught and self._caught[-1]:
                    atoms.names.add(self._caught[-1])  # traceback.format_exc(): the caught error's text
                if name == "format" and type(node.func) is ast.Attribute and any(k.arg is None for k in node.keywords):
                    # "...{password}...".format(**db): the template's fields are read (the
                    # rules' format_fields), db["password"] as it were
                    template = node.func.value
                    texts = [template.value] if type(template) is ast.Constant and type(template.value) is str else (
                        self._templates.get(template.id, ()) if type(template) is ast.Name else ())
                    for text in texts:
                        for field in FORMAT_FIELDS.findall(text):
                            atoms.level = max(atoms.level, self._name_level(field))
                # (by what is called, as the rules read it: a function or class of the
                # module by its own name, a method of its classes on `self` (not
                # cache.get(k) where a class has get(self, key)); an SDK client, any way)
                func = node.func
                called = name if name in self._clients or type(func) is ast.Name else \
                    f"self.{name}" if type(func) is ast.Attribute and type(func.value) is ast.Name \
                    and func.value.id == "self" else None
                if count and called in self._maybe_parameters:
                    # (Pager(url, token): a key where Pager's __init__ sends its token as one;
                    # known once every function is read, see _settle_maybe_arguments)
                    starred = next((i for i, a in enumerate(node.args) if type(a) is ast.Starred), len(node.args))
                    for function, maybe in self._maybe_parameters[called]:
                        for index, param in maybe:
                            given = node.args[index] if index < starred else next(
                                (k.value for k in node.keywords if k.arg == param), None)
                            if given is not None and type(given) in (ast.Name, ast.Attribute):
                                self._maybe_arguments.append((scope, function, param, _value_names(given)))
                if count and called in self._positional_secrets:
                    secret = self._positional_secrets[called]
                    for index, arg in enumerate(node.args):
                        if type(arg) is ast.Starred:
                            break
                        if index in secret and type(arg) in (ast.Name, ast.Attribute):
                            self._used_as_key(_value_names(arg), scope)  # Reranker(key), AsyncModelRed(self.key)
                    for keyword in node.keywords:
                        if keyword.arg in secret and type(keyword.value) in (ast.Name, ast.Attribute):
                            self._used_as_key(_value_names(keyword.value), scope)  # Pager(url, token=t)
                if name in ("getattr", "hasattr") and len(node.args) >= 2:
                    self._key(atoms, node.args[1])
                if count and (name in flow.http_request_methods or name in flow.request_builders):
                    # requests.post(self.webhook_url, ...): a chat's webhook URL, posted to, is
                    # a credential wherever shown (the rules' secret_uses; any such call here)
                    receiver = _last_name(node.func.value) if type(node.func) is ast.Attribute else None
                    for url in flow.posted_urls(name, receiver, [a for a in node.args if type(a) is not ast.Starred],
                                                next((k.value for k in node.keywords if k.arg == "url"), None)):
                        if type(url) in (ast.Name, ast.Attribute) and flow.names_requested_secret_url(_last_name(url)):
                            self._used_as_key(_value_names(url), scope)
                if any(k.arg == "type" and type(k.value) is ast.Constant and k.value.value == "password"
                       for k in node.keywords):
                    atoms.level = _STRICT  # st.text_input("key", type="password"): a secret typed in
                if count and name == "__init__" and self._exception_class and isinstance(node.func, ast.Attribute) \
                        and ((type(node.func.value) is ast.Call and _last_name(node.func.value.func) == "super")
                             or (_last_name(node.func.value) or "").endswith(EXCEPTION_ENDINGS)):
                    # super().__init__(f"key {api_key} rejected") in an exception class: its
                    # positional arguments are the message every raise of it shows
                    scope.sinks.append(("raise", self._arguments(node, scope, keywords=frozenset())))
                if (type(node.func) is ast.Name or name in self._env_read_tails) and any(
                    type(arg) is ast.Constant and type(arg.value) is str and self._name_level(arg.value) == _STRICT
                    for arg in node.args
                ):
                    # require_env("OPENAI_API_KEY"): a helper that reads it; env.str("X"),
                    # decouple.config("X"): a library's reader (the rules' env-read-calls)
                    atoms.level = _STRICT
                if count and (name in self._raising_tails or (
                        type(node.func) is ast.Name and node.func.id in self._raising_aliases)):  # pytest.fail(f"bad key {key}")
                    scope.sinks.append(("raise", self._arguments(node, scope, keywords=_RAISING_KEYWORDS)))
                elif count and name in self._assertion_places and type(node.func) is ast.Attribute \
                        and type(node.func.value) is ast.Name and node.func.value.id == "self":
                    # self.assertEqual(a, b, f"bad key {key}"): a TestCase's failure message
                    place = self._assertion_places[name]
                    shown = _Atoms()
                    positional = [a for a in node.args if type(a) is not ast.Starred]
                    for part in ([positional[place]] if len(positional) > place else []) + \
                            [k.value for k in node.keywords if k.arg == "msg"]:
                        _merge(shown, self._expression(part, scope, count=count))
                    scope.sinks.append(("raise", shown))
                elif count and name and name[:1].isupper() and name.endswith(EXCEPTION_ENDINGS):
                    # errors.append(ValueError(f"bad key {key}")), err = AuthError(...): an
                    # error made outside a raise keeps its message (the rules' _built_exception)
                    everything = type(node.func) is ast.Name and (node.func.id in self.defined
                                                                  or node.func.id in self._from_imported)
                    scope.sinks.append(("raise", self._arguments(
                        node, scope, keywords=None if everything else self.flow.message_keywords)))
                log = count and self._is_log(node, name)
                if wrapper is not None and wrapper in self.defined and not log:
                    # helper(a, b): its arguments kept apart, resolved by its summary
                    positional = [self._expression(a, scope, count) for a in node.args]
                    for arg, part in zip(node.args, positional):
                        if type(arg) is ast.Name and arg.id in self._module_strings:
                            # read(TOKEN_ENV): a helper may read the variable the constant names
                            self._key(part, self._module_strings[arg.id])
                    if method:
                        positional.insert(0, _Atoms())  # (self, in the place of the method's first parameter)
                    # (a keyword read whole: a record's api_key= field is named by it)
                    keywords = {k.arg: self._expression(k, scope, count) for k in node.keywords if k.arg}
                    splat = any(type(a) is ast.Starred for a in node.args) or any(k.arg is None for k in node.keywords)
                    splatted = [self._expression(k.value, scope, count) for k in node.keywords if k.arg is None]
                    positional.extend(splatted)  # (**kw: read as a positional beyond the last, below)
                    arguments = _Atoms()
                    for part in (*positional, *keywords.values()):
                        _merge(arguments, part)
                    if count:  # (a method as the rules read it: self.m(...), self its parameter 0)
                        scope.wrapped.append((wrapper, positional, keywords, splat))
                    atoms.via.append((wrapper, positional, keywords, splat))
                    atoms.words = atoms.words or arguments.words
                    atoms.pathful = True  # (what a function returns may hold a secret at any field)
                    continue
                mutator = isinstance(node.func, ast.Attribute) and name in _MUTATORS
                if count and self._caught and self._caught[-1] and name in self._printers_of():
                    printed = _Atoms()  # traceback.print_exc(): the caught error's text
                    printed.names.add(self._caught[-1])
                    scope.sinks.append(("log", printed))
                if log or mutator or (wrapper and count):  # its arguments read once, kept apart
                    arguments = self._arguments(node, scope, count)
                    if log and self._caught and self._caught[-1] and _traceback_call(node, name):
                        arguments.names.add(self._caught[-1])  # log.exception(...): the traceback too
                    if log:  # log.bind(token=t).debug(...): the bound values are written too
                        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
                        while isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Attribute) \
                                and receiver.func.attr in flow.logger_derivations:
                            _merge(arguments, self._arguments(receiver, scope, count))
                            receiver = receiver.func.value
                    if log:
                        scope.sinks.append(("log", arguments))
                    # (a call of a function of the module is read above: its definition
                    # is found by name in `defined`, a superset of the definitions)
                    base = _dotted(node.func.value) if mutator else None
                    if base:
                        # (req.add_header(h, key): req.headers holds it, the rules' add_header)
                        scope.assignments.append(([base, f"{base}.headers"] if name == "add_header" else [base], arguments))
                    if self._carries(node, name):
                        _merge(atoms, arguments)
                        if base or wrapper:
                            atoms.pathful = True  # d.update(model=m); what a function returns
                        whole.add(id(node.func))
                        stack.append(node.func)
                    else:
                        atoms.words = atoms.words or arguments.words
                        if type(node.func) is ast.Attribute:
                            self._expression(node.func.value, scope, count)
                    continue
                if type(node.func) is ast.Attribute and name in self._field_readers and node.args \
                        and type(node.args[0]) is ast.Constant and type(node.args[0].value) is str \
                        and not self._name_level(node.args[0].value):
                    base = _dotted(node.func.value)
                    if base:  # cfg.get("model"): one field of cfg (a default given, too)
                        _add_bases(atoms.fields, base + ".")
                        stack.extend(node.args[1:])
                        stack.extend(k.value for k in node.keywords)
                        continue
                if not self._carries(node, name):
                    # Its result is something else (a reply, a status, an object): it
                    # holds no secret of its arguments or receiver. They are read for what
                    # they do (sinks, sources, assignments); a message word in them still
                    # counts (a superset).
                    for part in (*node.args, *node.keywords):
                        if self._expression(part, scope, count).words:
                            atoms.words = True
                    if type(node.func) is ast.Attribute:
                        self._expression(node.func.value, scope, count)
                    continue
                whole.add(id(node.func))
                if type(node.func) is ast.Attribute and name in self._receiver_only \
                        and not (node.args and name in self._dump_calls):
                    # d.get(k, default), d.copy(), d.items(): the receiver's, not the
                    # arguments' (the rules' structure reads; dataclasses.asdict(cfg) is cfg's)
                    for part in (*node.args, *node.keywords):
                        if self._expression(part, scope, count).words:
                            atoms.words = True
                    stack.append(node.func)
                    continue
                if node.keywords or type(node.func) is ast.Name and node.func.id in self.defined:
                    atoms.pathful = True  # dict(model=m); what a function of the module returns
            fields = _CHILD_FIELDS.get(kind)
            if fields is None:
                fields = _child_fields(kind)
            for field in fields:
                value = getattr(node, field)
                if type(value) is list:  # (of nodes, or None: skipped when taken)
                    stack.extend(value)
                elif isinstance(value, ast.AST):
                    stack.append(value)
        return atoms

    def _carries(self, call: ast.Call, name: Optional[str]) -> bool:
        """Does a call's result keep the secrets of its arguments and receiver? As the
        rules: string operations and structure reads, a function or class of the module,
        a method of `self`, a sanitizer (it keeps a secret it is); not a redactor, and
        not anything else called by name or on an object. (A call of a call or of a
        subscript: yes, to stay on the safe side.)"""
        func = call.func
        kind = type(func)
        if kind is ast.Name:
            if name in self.defined or name in self._url_builder_tails:
                return True
        elif kind is ast.Attribute:
            if type(func.value) is ast.Name and func.attr in self.defined and (
                    func.value.id != "self" or (not call.args and not call.keywords)):
                # self._headers(): what the class's method returns; client.fmt(key), a
                # method of the module's class on an instance, what its arguments give
                return True
            if _last_name(func.value) in self._provider_configs:
                return True  # ProviderConfig.anthropic(api_key=key): a dict holding it
            if func.attr in self._url_builder_tails:
                return True  # PostgresDsn.build(password=...): the rules' url-builders (by name, a superset)
        else:
            return True
        held = self._carries_memo.get(name)
        if held is None:
            flow = self.flow
            if matches(name, flow.redactors):
                held = False
            else:
                held = name in self._carrying or flow.sanitizes(name)
            self._carries_memo[name] = held
        return held

    def _arguments(self, call: ast.Call, scope: _Scope, count: bool = False,
                   keywords: Optional[frozenset] = None) -> _Atoms:
        """What a call's arguments are made of: the positional ones and, of its keywords,
        those named (every one for None: a message's are its message keywords; a `**`
        splat always). The others are read for what they do, not merged."""
        atoms = _Atoms()
        for part in call.args:
            _merge(atoms, self._expression(part, scope, count=count))
        for keyword in call.keywords:
            inner = self._expression(keyword, scope, count=count)
            if keywords is None or keyword.arg is None or keyword.arg in keywords:
                _merge(atoms, inner)
        return atoms

    def _is_log(self, node: ast.Call, name: Optional[str]) -> bool:
        flow = self.flow
        # (An output call's last name stands for it under any import: from sys import
        # exit; import sys as _sys; _sys.exit(...).)
        tails = self._output_tails
        if isinstance(node.func, ast.Name):
            return node.func.id in flow.output_calls or node.func.id in tails or node.func.id in self._output_aliases \
                or (node.func.id not in self.defined and flow.names_output_helper(node.func.id))  # (imported: a superset)
        if isinstance(node.func, ast.Attribute):
            # Any receiver: the rule also knows loggers by their binding.
            return name in flow.log_methods or _dotted(node.func) in flow.output_calls or node.func.attr in tails \
                or (type(node.func.value) is ast.Name and node.func.value.id == "self"
                    and node.func.attr not in self.defined and flow.names_output_helper(node.func.attr))
            # (self._log_error(msg, e), a base class's method of another module: the rules
            # read it there, imported_facts.inherited_helper; a superset)
        return False


# Statements with nothing the scan reads (no expression, no block).
_INERT_STATEMENTS = frozenset({ast.Pass, ast.Break, ast.Continue, ast.Global, ast.Nonlocal})

# The fields of each node type that can hold what an expression is made of: not its
# context (Load/Store) nor its operators, which are leaves no test reads.
_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}


def _defaults_read(node: ast.ClassDef, readers) -> bool:
    """Is a field of the class declared with a default that names one of `readers` (the
    environment's: environ, getenv, and what they are imported as)?"""
    return any(type(item) is ast.AnnAssign and item.value is not None and any(
        (type(n) is ast.Name and n.id in readers) or (type(n) is ast.Attribute and n.attr in readers)
        for n in ast.walk(item.value)) for item in node.body)


def _constants(statements):
    """(targets, value) of each assignment among these statements, annotated ones with a
    value too (`KEY_VARS: dict[str, str] = {...}`): the rules read both alike."""
    for node in statements:
        kind = type(node)
        if kind is ast.Assign:
            yield node.targets, node.value
        elif kind is ast.AnnAssign and node.value is not None:
            yield (node.target,), node.value


def _bound(target: ast.AST, value: ast.AST, where: ast.AST) -> ast.Assign:
    """`target = value`, made for a binding the rules read as an assignment (a with-item's
    `as` name, `:=`), placed where that binding stands."""
    return ast.copy_location(ast.Assign(targets=[target], value=value), where)


def _child_fields(kind: type) -> tuple[str, ...]:
    fields = _CHILD_FIELDS[kind] = tuple(f for f in kind._fields if f not in ("ctx", "op", "ops"))
    return fields


def _wrapping_decorators(tree: ast.Module, vocab, text: str) -> frozenset[int]:
    """The top-level functions (by id) whose nested functions' **kwargs may hold a
    secret, as the rules' decorated_wrappers reads them: a function of the module's top
    used as a decorator (by its last name) of the module's functions or of its classes'
    methods, those being given a secret by a secret-named parameter of theirs or by a
    keyword of a call of theirs (here: any call of one by its name, a superset)."""
    decorated: dict[str, list] = {}
    for statement in tree.body:
        kind = type(statement)
        if kind is ast.ClassDef:
            functions = [s for s in statement.body if type(s) in (ast.FunctionDef, ast.AsyncFunctionDef)]
        elif kind is ast.FunctionDef or kind is ast.AsyncFunctionDef:
            functions = [statement]
        else:
            continue
        for function in functions:
            for decorator in function.decorator_list:
                name = _last_name(decorator.func if type(decorator) is ast.Call else decorator)
                if name:
                    decorated.setdefault(name, []).append(function)
    out = set()
    for statement in tree.body:
        if type(statement) in (ast.FunctionDef, ast.AsyncFunctionDef) and statement.name in decorated:
            functions = decorated[statement.name]
            if any(_takes_secret(function, vocab) or _called_by_name(function.name, text) for function in functions):
                out.add(id(statement))
    return frozenset(out)


def _takes_secret(function, vocab) -> bool:
    arguments = function.args
    return any(names_a_secret(vocab, a.arg) for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs))


def _called_by_name(name: str, text: str) -> bool:
    """Is `name` followed by an opening bracket anywhere but its own `def` (white space
    between them too; in strings and comments too: a superset)?"""
    calls = 0
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if CALL_OPEN.match(text, end):
            calls += 1
        at = text.find(name, end)
    return calls > text.count(f"def {name}(")


def _bound_once(tree: ast.Module) -> set[str]:
    """The names the module's top (outside functions and classes, in an `if` or a `try`
    too) binds exactly once, by an assignment to the name alone."""
    counts: dict[str, int] = {}
    stack = list(tree.body)
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind is ast.Assign or kind is ast.AnnAssign or kind is ast.AugAssign:
            for target in node.targets if kind is ast.Assign else (node.target,):
                for name in ast.walk(target):
                    if type(name) is ast.Name and type(name.ctx) is ast.Store:
                        counts[name.id] = counts.get(name.id, 0) + (1 if target is name else 2)
        elif kind in (ast.For, ast.AsyncFor, ast.With, ast.AsyncWith):
            for name in ast.walk(node.target if kind in (ast.For, ast.AsyncFor) else node):
                if type(name) is ast.Name and type(name.ctx) is ast.Store:
                    counts[name.id] = 2
            for block in _blocks(node):
                stack.extend(block)
        elif kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom):
            for name in ([node.name] if hasattr(node, "name") else [a.asname or a.name.split(".")[0] for a in node.names]):
                counts[name] = 2
        elif kind in (ast.If, ast.Try, ast.While) or kind.__name__ == "TryStar":
            for block in _blocks(node):
                stack.extend(block)
    return {name for name, count in counts.items() if count == 1}


def _binds(scope: "_Scope", name: str) -> bool:
    """Does this function, or one that encloses it, bind the name (a parameter, an
    assignment, a loop; declared `global`: the module's)? The module's own scope: no."""
    chain = scope
    while chain is not None and chain.parent is not None:
        if (name in chain.clear or name in chain.opaque or name in chain.params) and name not in chain.declared:
            return True
        chain = chain.parent
    return False


def _local_names(function) -> set[str]:
    """As the rules' _local_names: a function's parameters and the names its body binds
    (assignment, loop, `with`/`except`/import `as`, `:=`; not inside nested functions,
    classes or lambdas, nor a comprehension's own variables), less those it declares
    `global`."""
    arguments = function.args
    out = {a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)}
    out.update(a.arg for a in (arguments.vararg, arguments.kwarg) if a is not None)
    declared: set[str] = set()
    stack = list(function.body)
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda):
            continue
        if kind is ast.Name:
            if type(node.ctx) is ast.Store:
                out.add(node.id)
            continue
        if kind is ast.Global:
            declared.update(node.names)
        elif kind is ast.ExceptHandler and node.name:
            out.add(node.name)
        elif kind is ast.alias and node.asname:
            out.add(node.asname)
        elif kind is ast.comprehension:
            stack.append(node.iter)
            stack.extend(node.ifs)
            continue
        stack.extend(ast.iter_child_nodes(node))
    return out - declared


def _plain_returns(statements) -> list[str]:
    """The plain names a function's own `return name` statements give (not its nested
    functions', classes' or lambdas'): the rules' _returned_names."""
    out, stack = [], list(statements)
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind is ast.Return:
            if type(node.value) is ast.Name:
                out.append(node.value.id)
        elif kind in (ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Try) \
                or kind.__name__ in ("TryStar", "Match"):
            for block in _blocks(node):
                stack.extend(block)
    return out


def _blocks(node) -> list:
    """The statement lists of a compound statement, in the order of the source: its body,
    its handlers' and cases' bodies, its else and its finally. Each caller chooses which
    compound statements it enters."""
    out = [node.body] if type(node) is not ast.Match else []
    out.extend(handler.body for handler in getattr(node, "handlers", ()))
    out.extend(case.body for case in getattr(node, "cases", ()))
    out.extend(block for block in (getattr(node, "orelse", None), getattr(node, "finalbody", None)) if block)
    return out


def _statements(tree: ast.Module):
    """Every statement of the module, nested ones too, in the source's order: what
    ast.walk gives of them without visiting every expression (most of a tree)."""
    stack = list(reversed(tree.body))
    while stack:
        node = stack.pop()
        yield node
        if type(node) is ast.Match or type(getattr(node, "body", None)) is list:
            for block in reversed(_blocks(node)):
                stack.extend(reversed(block))


def function_places(tree: ast.Module) -> dict[int, int]:
    """id() of each function definition of the module, nested ones too -> its place
    among them in the source's order, which is the order LibCST's tree is walked in
    (FlowRules counts them so)."""
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef)
    return {id(node): place for place, node in enumerate(s for s in _statements(tree) if type(s) in kinds)}


def _names_file_of_secrets(value, names) -> bool:
    """Is this literal's value a text naming a file of secrets (`.env`, `keys.json`)?"""
    return type(value) is str and "." in value and names_secret_file(value, names)


def _is_self_attribute(node) -> bool:
    """`self.api`: an instance an object keeps, as a method call's receiver."""
    return type(node) is ast.Attribute and type(node.value) is ast.Name and node.value.id == "self"


def _calls_in(statements) -> list:
    """The calls within these statements, in the order ast.walk meets them (breadth
    first), found without its generators: the fields that hold nodes, per type."""
    calls = []
    queue = deque(statements)
    pop, extend = queue.popleft, queue.extend
    while queue:
        node = pop()
        kind = type(node)
        if kind is ast.Call:
            calls.append(node)
        fields = _NODE_FIELDS.get(kind)
        if fields is None:
            fields = _NODE_FIELDS[kind] = tuple(f for f in kind._fields if f not in ("ctx", "op", "ops"))
        for field in fields:
            value = getattr(node, field, None)
            if type(value) is list:
                extend(item for item in value if isinstance(item, ast.AST))
            elif isinstance(value, ast.AST):
                queue.append(value)
    return calls


# (every field but the leaves no test reads: context and operators)
_NODE_FIELDS: dict[type, tuple[str, ...]] = {}


def _last_words(node: ast.AST) -> tuple:
    """The words of a name's or an attribute's last part (() for anything else)."""
    last = node.attr if type(node) is ast.Attribute else node.id if type(node) is ast.Name else None
    return name_words(last) if last else ()


def _names_a_request(flow, node: ast.AST) -> bool:
    """As the rules' names_a_request: `request`, `self.request`, `prepared_request`."""
    words = _last_words(node)
    return bool(words) and words[-1] in flow.request_words


def _names_a_client(flow, node: ast.AST) -> bool:
    """As the rules read `x.headers`'s receiver: an HTTP client's or session's name by any
    of its words (session, self.client, http_session)."""
    return not flow.http_client_words.isdisjoint(_last_words(node))


_CHOICE_KINDS = (ast.Name, ast.BoolOp, ast.IfExp, ast.Call)


def _choice_names(value) -> list[str]:
    """As the rules' _choices, a superset: the names a value is as it stands, as any
    operand of an `or` or an `and`, either branch of an `if`-expression, or the text a
    trim is called on (`provided.strip()`)."""
    names, stack = [], [value]
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind is ast.Name:
            names.append(node.id)
        elif kind is ast.BoolOp:
            stack.extend(node.values)
        elif kind is ast.IfExp:
            stack += [node.body, node.orelse]
        elif kind is ast.Call and type(node.func) is ast.Attribute and node.func.attr in TRIMS:
            stack.append(node.func.value)
        elif kind is not ast.Call:
            names.extend(_value_names(node))
    return names


def _value_names(node) -> list[str]:
    """As the rules' secret_uses: the names a stored value is made of (key, f"Bearer {key}");
    the structure a literal field is read of, marked (`cfg["rest_key"]`: cfg + _FIELD_MARK)."""
    if type(node) is ast.Name:
        return [node.id]
    if type(node) is ast.Attribute:
        name = _dotted(node)
        return [name] if name else []
    if type(node) is ast.Subscript:
        base = _dotted(node.value)
        literal = type(node.slice) is ast.Constant and type(node.slice.value) in (str, bytes)
        if base and literal:
            return [base + _FIELD_MARK]
        # keys[i], keys[0] of a pool: the sequence holds keys (not a slice, nor a tuple's items)
        return [base] if base and type(node.slice) not in (ast.Slice, ast.Tuple) else []
    if type(node) is ast.JoinedStr:
        return [n for v in node.values if type(v) is ast.FormattedValue
                and type(v.value) in (ast.Name, ast.Attribute, ast.Subscript) for n in _value_names(v.value)]
    if type(node) is ast.BinOp and type(node.op) is ast.Add:
        return _value_names(node.left) + _value_names(node.right)
    if type(node) is ast.BinOp and type(node.op) is ast.Mod and type(node.left) is ast.Constant:
        parts = node.right.elts if type(node.right) is ast.Tuple else [node.right]  # "Bearer %s" % key
        return [n for part in parts if type(part) in (ast.Name, ast.Attribute) for n in _value_names(part)]
    if type(node) is ast.BoolOp:  # {"x-api-key": comfy_key or ""}
        return [n for value in node.values for n in _value_names(value)]
    return []


# What _value_names appends to a structure whose literal field a value reads (no name
# holds a NUL).
_FIELD_MARK = "\0field"

# Attributes that are a secret store's value itself (get_secret(name).value): read whole.
_VALUE_ATTRIBUTES = frozenset({"value", "payload", "data", "plaintext", "secret_value",
                               "SecretString", "SecretBinary", "Parameter", "Value"})


def _add_bases(into: set[str], dotted: str) -> None:
    """The structures a field `a.b.c` is read from: `a.b` and `a` (a secret put at any
    level above could be at it)."""
    at = dotted.rfind(".")
    while at > 0:
        dotted = dotted[:at]
        into.add(dotted)
        at = dotted.rfind(".")


def _unpacks(target: ast.AST) -> bool:
    return type(target) in (ast.Tuple, ast.List) and len(target.elts) > 1


def _opaque(value: ast.AST) -> bool:
    """As the rules' opaque (a superset): a value the analysis cannot see into, which a
    secret-named target holding it is taken at its name's word for: a call, a name, an
    attribute or subscript read (not a slice), a boolean or conditional expression. What
    is built in view of its parts, without a call (an f-string, arithmetic, a literal, a
    slice), is judged by those parts."""
    if type(value) is ast.Await:
        value = value.value
    kind = type(value)
    if kind is ast.Subscript:
        return type(value.slice) is not ast.Slice
    if kind in (ast.Call, ast.Name, ast.Attribute, ast.BoolOp, ast.IfExp, ast.NamedExpr, ast.Starred):
        return True
    # (the rules also take a value made with the secrets module at its name's word,
    # `raw_key = PREFIX + secrets.token_urlsafe(32)`: here, a value holding any call)
    return _holds_call(value)


def _holds_call(root: ast.AST) -> bool:
    """Is there a call anywhere in `root`? Read by the fields that hold nodes, per
    type (ast.walk's generators cost three times as much; a third of the values
    assigned in a module are walked here)."""
    stack = [root]
    pop, push = stack.pop, stack.append
    while stack:
        node = pop()
        kind = type(node)
        if kind is ast.Call:
            return True
        fields = _NODE_FIELDS.get(kind)
        if fields is None:
            fields = _NODE_FIELDS[kind] = tuple(f for f in kind._fields if f not in ("ctx", "op", "ops"))
        for field in fields:
            value = getattr(node, field, None)
            if type(value) is list:
                stack.extend(item for item in value if isinstance(item, ast.AST))
            elif isinstance(value, ast.AST):
                push(value)
    return False


def _strict_atoms() -> _Atoms:
    atoms = _Atoms()
    atoms.level = _STRICT
    return atoms


def _pathful_strict_atoms() -> _Atoms:
    """A structure holding a secret at a field not named like one (cfg.get("imap",
    "password"): its section "imap"; conf["modelred"]["api_key"]: conf["modelred"])."""
    atoms = _strict_atoms()
    atoms.pathful = True
    return atoms


# The secrets module's makers by their last names (the rules read the module's qualified
# names: any import of them is one of these names, or `secrets.` before it).
_SECRETS_MAKERS = frozenset({"token_urlsafe", "token_hex", "token_bytes", "choice", "randbelow", "randbits"})


def _made_by_secrets(value: ast.AST) -> bool:
    """Does the value call what the standard library's secrets module makes (a superset:
    by the call's last name, or any `secrets.` call)?"""
    for node in ast.walk(value):
        if type(node) is ast.Call:
            func = node.func
            if _last_name(func) in _SECRETS_MAKERS or (type(func) is ast.Attribute and type(func.value) is ast.Name
                                                       and func.value.id == "secrets"):
                return True
    return False


def _password_tested(test, parsers) -> Optional[str]:
    """The name a test says is a URL with a password (`urlsplit(url).password`, also
    compared with None: any comparison, here)."""
    if type(test) is ast.Compare:
        test = test.left
    if type(test) is ast.Attribute and test.attr == "password" and type(test.value) is ast.Call \
            and _last_name(test.value.func) in parsers and test.value.args and type(test.value.args[0]) is ast.Name:
        return test.value.args[0].id
    return None


def _is_secret_const(scan: _ScopeScan, node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(scan._name_level(node.value))


def _merge(into: _Atoms, other: _Atoms) -> None:
    into.level = max(into.level, other.level)
    if other.named:
        named = into.named
        for name, level in other.named.items():
            if level > named.get(name, 0):
                named[name] = level
    into.names |= other.names
    into.fields |= other.fields
    into.pathful = into.pathful or other.pathful
    into.calls |= other.calls
    into.words = into.words or other.words
    if other.via:
        into.via.extend(other.via)


# The displays a name bound to gives its elements whole when iterated (the rules' sequences)
_SEQUENCE_KINDS = frozenset({ast.List, ast.Tuple, ast.Set, ast.ListComp, ast.SetComp, ast.GeneratorExp})

# (a function whose returns are being read: each of its parameters counts as reaching them)
_ALL: frozenset = frozenset({"\0every name"})


def _all_names(atoms: _Atoms) -> set[str]:
    """Every name a value reads, also inside the arguments of the module's functions it
    calls (a superset of what can reach it)."""
    out = atoms.names | atoms.fields
    for _, positional, keywords, _ in atoms.via:
        for inner in (*positional, *keywords.values()):
            out |= _all_names(inner)
    return out


def _dotted(node: ast.AST) -> Optional[str]:
    """`a.b.c` for a chain of names; None for anything else, and for a chain longer than
    the rules' dotted names could ever be matched on (so a hostile chain a thousand deep
    costs no quadratic string building)."""
    parts = []
    while type(node) is ast.Attribute:
        parts.append(node.attr)
        if len(parts) > 64:
            return None
        node = node.value
    if type(node) is not ast.Name:
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))
# Rounds of the search for functions returning a secret (each round settles one more
# level of helpers calling helpers).
_SOURCE_ROUNDS = 6
# The keywords of a raising call (pytest.fail(reason=...)) that are its message.
_RAISING_KEYWORDS = frozenset({"reason", "msg"})


def _last_two(func: ast.Attribute) -> str:
    """`jwt.decode` of `jwt.decode(...)` and of `jose.jwt.decode(...)` (the rules' _last_two)."""
    return f"{_last_name(func.value)}.{func.attr}"


def _makes_record(func: ast.AST, records: set, factories: set) -> bool:
    """A call on a record class (`FuelCardApi.from_env()`, any of its methods, a superset
    of the rules' classmethods that return `cls(...)`), or of a module function declared
    to return one."""
    if type(func) is ast.Attribute:
        return type(func.value) is ast.Name and func.value.id in records
    return type(func) is ast.Name and func.id in factories


def _record_name(func: ast.AST) -> Optional[str]:
    """A record made by its class's name, or a class nested in the caller's own
    (self.Valves()), as the rules' record_name."""
    if type(func) is ast.Name:
        return func.id
    if type(func) is ast.Attribute and type(func.value) is ast.Name and func.value.id in ("self", "cls"):
        return func.attr
    return None
