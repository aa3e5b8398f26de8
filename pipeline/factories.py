"""Every pipeline component, registered in one place; the pipeline reads as its table of contents.

Stage order: read -> tokenize -> numbers -> entities -> link -> emit. Each stage is a module of
``pipeline.stages`` whose docstring states what it reads from the ``Doc`` and what it adds.
"""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

STAGES = ("read", "tokenize", "numbers", "entities", "link", "emit")
MAX_ARTICLE_CHARS = 20_000_000

for _name, _default in (("meta", None), ("excluded", None), ("credits", None), ("mentions", None),
                        ("entities", None), ("stages", None), ("record", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def _ran(doc: Doc, stage: str) -> Doc:
    doc._.stages = [*(doc._.stages or []), stage]
    return doc


@Language.component("vx_read", assigns=["doc._.meta", "doc._.excluded", "doc._.credits"])
def _read(doc: Doc) -> Doc:
    from pipeline.stages.read import read_article

    return _ran(read_article(doc), "read")


@Language.component("vx_tokenize", assigns=["token.is_sent_start"])
def _tokenize(doc: Doc) -> Doc:
    from pipeline.stages.tokenize import tokenize

    return _ran(tokenize(doc), "tokenize")


@Language.component("vx_numbers", assigns=["doc._.mentions"])
def _numbers(doc: Doc) -> Doc:
    from pipeline.stages.numbers import add_quantities

    return _ran(add_quantities(doc), "numbers")


@Language.component("vx_entities", assigns=["doc._.mentions"])
def _entities(doc: Doc) -> Doc:
    from pipeline.stages.entities import add_entities

    return _ran(add_entities(doc), "entities")


@Language.component("vx_link", assigns=["doc._.mentions", "doc._.entities", "doc.ents"])
def _link(doc: Doc) -> Doc:
    from pipeline.stages.link import link

    return _ran(link(doc), "link")


@Language.component("vx_emit", assigns=["doc._.record"])
def _emit(doc: Doc) -> Doc:
    from pipeline.stages.emit import emit

    doc = _ran(doc, "emit")
    return emit(doc)


def build_nlp() -> Language:
    """The blank Vietnamese pipeline with the project's stages.

    The tokenizer only splits on whitespace: the real word segmentation is the ``tokenize``
    stage, which runs after ``read`` has marked what is not article text.
    """
    nlp = spacy.blank("vi")
    nlp.tokenizer = Tokenizer(nlp.vocab)
    # No parser or statistical model runs here, so long articles only cost linear time.
    nlp.max_length = MAX_ARTICLE_CHARS
    for stage in STAGES:
        nlp.add_pipe(f"vx_{stage}")
    return nlp
