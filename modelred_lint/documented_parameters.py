"""What a function's docstring says its parameters are.

`def update(secret, value)` documented with `:param secret: Secret ID or name.` names a
secret with `secret`; the value is `value`. A parameter the docstring describes as an ID, a name
or an alias (the head of each alternative of its description is one of the
describing-words of rules/shared/secrets.yaml) holds no secret, whatever it is called.
"Entra ID token" still does (its head is "token"). reST (`:param x: ...`), Google
(`x (str): ...` under Args) and NumPy (`x : str` then the description) styles are read.
Plain string operations only: the text comes from the code under review.
"""

from __future__ import annotations

from modelred_lint.lazy import cst
from modelred_lint.names import is_docstring, literal_value

# Words after which a description says more of what came before (a secret's name "for
# the deployment", "used to ..."): the head is the last word before them.
_CUT_WORDS = frozenset(("for", "of", "to", "used", "that", "which", "with", "from", "in", "on", "as", "when", "if"))
_ARTICLES = frozenset(("a", "an", "the", "its", "this", "your"))


def documented_parameters(node, vocab) -> tuple[frozenset, frozenset]:
    """(the parameters its docstring describes as names or IDs, those it describes as a
    secret: `token (str): The API token used to authenticate.`)."""
    body = node.body
    statements = body.body if isinstance(body, cst.IndentedBlock) else ()
    if not statements or not is_docstring(statements[0]):
        return frozenset(), frozenset()
    text = literal_value(statements[0].body[0].value) or ""
    params = {p.name.value for p in (*node.params.posonly_params, *node.params.params, *node.params.kwonly_params)}
    return read_docstring(text, params, vocab)


def read_docstring(text: str, params, vocab) -> tuple[frozenset, frozenset]:
    """documented_parameters on a docstring's text (the prefilter's flow scan reads it
    from CPython's tree)."""
    described, secret = set(), set()
    lines = text.splitlines()
    for line in lines:
        # `:type credential: object`, `:type credential: ~azure.core.credentials.TokenCredential`:
        # an object, not a key's text
        stripped = line.strip()
        if stripped.startswith(":type "):
            head, sep, kind = stripped[len(":type "):].partition(":")
            kind = kind.strip().lstrip("~").rsplit(".", 1)[-1]
            if sep and head.strip() in params and vocab.names_a_credential_object(kind):
                described.add(head.strip())
    for index, line in enumerate(lines):
        name, description = _entry(line.strip(), lines[index + 1].strip() if index + 1 < len(lines) else "")
        if name not in params or not description:
            continue
        heads = _heads(description)
        if heads and all(vocab.names_a_description(words[-1]) for words in heads):
            described.add(name)
        elif len(heads) == 1 and vocab.is_secret_name("_".join(heads[0]), strict=True):
            secret.add(name)
    return frozenset(described), frozenset(secret)


def _entry(line: str, following: str) -> tuple[str, str]:
    """(parameter, description) of one docstring line, or ("", "")."""
    if line.startswith(":param "):  # :param secret: Secret name.  /  :param str secret: ...
        head, sep, description = line[len(":param "):].partition(":")
        return (head.split()[-1] if head.split() else "", description.strip()) if sep else ("", "")
    head, sep, description = line.partition(":")
    if not sep:
        return "", ""
    words = head.split()
    if not words:
        return "", ""
    name = words[0]
    if not name.isidentifier():
        return "", ""
    if len(words) == 1 and not description.strip():
        return "", ""
    if len(words) > 1 and not head[len(name):].strip().startswith("("):
        return "", ""  # prose with a colon, not an entry
    if not description.strip() or (len(words) == 1 and description.strip().isidentifier() and following):
        # NumPy style: `secret : str` with the description on the next line
        return name, following
    return name, description.strip()


def _heads(description: str) -> list:
    """The words of each alternative of a description's first phrase, up to where it
    says more ("Secret ID or name." -> [["secret", "id"], ["name"]])."""
    first = description.split(".")[0].lower().replace(",", " or ")
    heads = []
    for alternative in first.split(" or "):
        words = []
        for word in alternative.replace("'s", " ").split():
            word = word.strip("`()[]\"'")
            if word in _CUT_WORDS:
                break
            if word and word not in _ARTICLES:
                words.append(word)
        if words:
            heads.append(words)
    return heads
