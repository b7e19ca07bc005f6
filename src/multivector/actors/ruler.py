"""spaCy component ``mv_actors``: marks every actor mention in a Doc.

Mentions come from the shipped actor tables (countries, demonyms, capitals,
organisations, companies, office holders) through a phrase matcher, and from the
model's PERSON entities that the office-holder table knows.  Writes
``doc.spans["mv_actors"]``; each span carries its resolved ``records.Actor`` in
``span._.mv_actor``.  Resolution of whole noun phrases ("Kazakhstan's foreign
minister") is left to the event coder, which knows the phrase boundaries.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from multivector.actors import load_actor_tables, resolve_text
from multivector.records import Actor

SPAN_KEY = "mv_actors"
# Kinds that name an actor by themselves; titles only qualify one.
ACTOR_KINDS = ("country", "adjective", "capital", "org", "company", "person")

if not Span.has_extension("mv_actor"):
    Span.set_extension("mv_actor", default=None)
    Span.set_extension("mv_kind", default=None)


class ActorRuler:
    def __init__(self, nlp: Language, name: str = "mv_actors") -> None:
        self.name = name
        self.tables = load_actor_tables()
        # Acronyms ("US") and one-word names ("Shell", "Rice") must keep their case, or
        # "us" and "shell" would become actors; everything else matches in any case.
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cased_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        patterns: dict[tuple[str, bool], list[str]] = {}
        for phrase, kind, code in self.tables.phrases():
            if kind not in ACTOR_KINDS or not phrase.strip():
                continue
            cased = bool(self.tables.case_rule(phrase, kind))
            patterns.setdefault((f"{kind}|{code}", cased), []).append(phrase)
        for (label, cased), phrases in patterns.items():
            matcher = self.cased_matcher if cased else self.matcher
            matcher.add(label, list(nlp.tokenizer.pipe(phrases)))

    def __call__(self, doc: Doc) -> Doc:
        when = doc._.mv_published
        spans: list[Span] = []
        for match_id, start, end in [*self.matcher(doc), *self.cased_matcher(doc)]:
            label = doc.vocab.strings[match_id]
            span = Span(doc, start, end, label=label)
            spans.append(span)
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "ORG"):
                spans.append(Span(doc, ent.start, ent.end, label=f"ner|{ent.label_}"))
        kept: list[Span] = []
        for span in filter_spans(spans):
            actor = self._resolve(span, when)
            if actor is None:
                continue
            span._.mv_actor = actor
            span._.mv_kind = span.label_.split("|", 1)[0]
            kept.append(span)
        doc.spans[SPAN_KEY] = kept
        return doc

    def _resolve(self, span: Span, when) -> Actor | None:  # type: ignore[no-untyped-def]
        kind, _, code = span.label_.partition("|")
        if kind == "ner":
            return resolve_text(span.text, when)
        if kind == "person":
            resolved = resolve_text(span.text, when)
            if resolved is None and self.tables.person(span.text, when) is not None:
                return Actor(code=code, sector="GOV", name=span.text, text=span.text)
            return resolved
        resolved = resolve_text(span.text, when)
        if resolved is not None and resolved.code == code:
            return resolved
        return Actor(code=code, sector="GOV" if kind == "capital" else
                     ("BUS" if kind == "company" else None),
                     name=self.tables.country_name(code) or span.text, text=span.text)


@Language.factory("mv_actors", requires=["token.lemma", "doc.ents"],
                  assigns=["doc.spans"])
def make_actor_ruler(nlp: Language, name: str) -> ActorRuler:
    return ActorRuler(nlp, name)
