"""Reading the dependency parse: subjects, objects, phrases, negation and tense.

Small pure functions over spaCy tokens, used by the event coder.  They encode how
English news sentences put their arguments, not any particular event type.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Right-hand dependents that are not part of the noun phrase that names an actor.
NP_CUT_DEPS = frozenset({"relcl", "acl", "punct", "cc", "conj", "appos", "advcl", "prep",
                         "dep", "parataxis"})
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})


def conjuncts(token: Token) -> list[Token]:
    """The token and every token conjoined with it ("Kazakhstan, Turkmenistan and Uzbekistan").

    A list of names is often parsed with its second item as an apposition of the first
    ("Kazakhstan, Kyrgyzstan, Tajikistan and ..."): a proper-noun apposition of a proper
    noun counts as a conjunct.
    """
    found = [token]
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            listed = child.dep_ == "conj" or (
                child.dep_ == "appos" and child.pos_ == "PROPN" and current.pos_ == "PROPN")
            if listed and child not in found:
                found.append(child)
                stack.append(child)
    return sorted(found, key=lambda t: t.i)


# Verbs whose object is the subject of their infinitive ("prompted X to warn").
OBJECT_CONTROL = frozenset({"prompt", "force", "compel", "persuade", "lead", "cause",
                            "encourage", "push", "pressure", "allow", "enable", "spur"})


def clause_subjects(verb: Token) -> tuple[list[Token], bool]:
    """Subject heads of ``verb`` and whether the clause is passive.

    Conjoined and controlled verbs ("met Tokayev and signed", "declined to take part")
    share the subject of the verb they depend on; a relative clause's subject is the
    noun it modifies ("Putin, who visited Astana").
    """
    current = verb
    controlled = False  # reached the subject through a governing verb ("is expected to")
    for _ in range(6):
        if any(c.dep_ == "expl" for c in current.children):
            return [], False  # "Putin said there was no need": "there" is nobody
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            if controlled:
                # "Modi is expected to hold talks": "expected" is passive, "hold" is not
                passive = any(c.dep_ == "auxpass" for c in verb.children)
            else:
                passive = any(c.dep_ == "nsubjpass" for c in subjects) or any(
                    c.dep_ == "auxpass" for c in current.children)
            heads = [t for s in subjects for t in conjuncts(s)]
            # Headline coordination without "and": "Russia, Kazakhstan agree on gas deal"
            # (the parser makes "Russia" a modifier of the verb)
            listed = [c for c in current.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                      and c.i < subjects[0].i and c.nbor(1).text == ","]
            return listed + heads, passive
        if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            noun = current.head
            if infinitive_of_noun(current) and noun.dep_ in ("attr", "appos"):
                # "Xi became the first leader to visit Astana", "Modi, the first Indian
                # premier to visit Kyiv, ...": the visitor is who the noun describes.
                if noun.dep_ == "appos":
                    return conjuncts(noun.head), False
                return clause_subjects(noun.head)
            return conjuncts(noun), False
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN") and (
                current.head.dep_ == "ROOT" or current.tag_ == "VBG"):
            # "demonstrators protesting election results": the noun does the verb
            return conjuncts(current.head), False
        misparsed = headline_subject(current)
        if misparsed is not None:
            return conjuncts(misparsed), False
        if current.dep_ == "pcomp" and current.head.lower_ in ("for", "of"):
            # "sanctions against officials in Thailand for deporting Uighurs", "accused
            # Russia of shelling": the one blamed or thanked did it
            owner = current.head.head
            objects = [c for c in owner.children if c.dep_ == "dobj"]
            targeted = [p for o in [owner, *objects] for c in o.children
                        if c.dep_ == "prep" and c.lower_ in ("against", "on")
                        for p in c.children if p.dep_ == "pobj"]
            blamed = targeted or objects
            if blamed:
                return conjuncts(blamed[0]), False
        if current.dep_ == "xcomp" and current.head.lemma_.lower() in OBJECT_CONTROL:
            # "prompting Philippine officials to warn China", "forced Kyiv to withdraw":
            # the governor's object does the act
            objects = [c for c in current.head.children if c.dep_ == "dobj" and c.i < current.i]
            if objects:
                return conjuncts(objects[0]), False
        if current.dep_ in ("conj", "xcomp", "advcl", "pcomp", "ccomp", "acomp") \
                and current.head is not current:
            controlled = controlled or current.dep_ != "conj"
            current = current.head
            if current.pos_ == "ADP":  # "refrained from supporting": from -> refrained
                current = current.head
            continue
        break
    return [], False


def agent_of(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb ("was received by Pope Francis")."""
    for child in verb.children:
        if child.dep_ == "agent":
            return [t for p in child.children if p.dep_ == "pobj" for t in conjuncts(p)]
    return []


def direct_objects(token: Token) -> list[Token]:
    heads = [c for c in token.children if c.dep_ in ("dobj", "dative", "attr", "oprd")]
    return [t for h in heads for t in conjuncts(h)]


def prep_objects(token: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``token`` ("met with X", "sanctions on X")."""
    found: list[Token] = []
    for child in token.children:
        # "granted asylum to X": the parser calls that "to" a dative
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    found.extend(conjuncts(pobj))
    return found


def phrase_span(head: Token) -> Span:
    """The noun phrase headed by ``head``, without relative clauses, conjuncts and most PPs.

    "of" phrases stay ("the foreign ministers of Kazakhstan and Kyrgyzstan") because
    they name whose official is meant.
    """
    left = head.left_edge.i
    right = _phrase_right(head)
    # A left edge inside a preceding conjunct list belongs to that list, not to us.
    for tok in head.doc[left:head.i]:
        if tok.dep_ in ("cc", "punct") and tok.head.i > head.i:
            left = tok.i + 1
    span = head.doc[left:right + 1]
    while len(span) > 1 and span[0].dep_ in ("punct", "cc", "case", "prep"):
        span = span[1:]
    while len(span) > 1 and span[-1].dep_ in ("punct", "cc", "case"):
        span = span[:-1]
    return span


def _phrase_right(head: Token, depth: int = 0) -> int:
    """Where the noun phrase of ``head`` ends: through "of" phrases, before clauses."""
    right = head.i
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and depth < 4:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                right = max(right, _phrase_right(objects[0], depth + 1))
                # "of Kazakhstan, Kyrgyzstan and Uzbekistan": the conjuncts belong to it
                for conj in conjuncts(objects[0])[1:]:
                    right = max(right, _phrase_right(conj, depth + 1))
                    for grand in conjuncts(conj)[1:]:
                        right = max(right, grand.i)
            continue
        if child.dep_ in NP_CUT_DEPS:
            break
        right = max(right, child.right_edge.i)
    return right


def has_to(verb: Token) -> bool:
    """Is the verb a to-infinitive ("to visit")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def infinitive_of_noun(token: Token) -> bool:
    """"plans to travel", "an invitation to visit": a to-infinitive modifying a noun."""
    return token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN") and has_to(token)


def is_negated(token: Token) -> bool:
    """A negation on the verb, its auxiliaries or its light-verb/governor chain."""
    current = token
    for _ in range(3):
        for child in current.children:
            if child.dep_ == "neg" or child.lower_ in NEGATION_WORDS and child.dep_ in ("advmod", "neg", "det"):
                return True
        # "had no plans to travel": an infinitive modifying a noun takes the noun's "no".
        if (current.dep_ in ("xcomp", "pcomp", "dobj", "pobj") or infinitive_of_noun(current)) \
                and current.head is not current:
            current = current.head
            if current.pos_ == "ADP":
                current = current.head
            continue
        break
    return False


def auxiliaries(token: Token) -> list[str]:
    """Lower-cased auxiliaries of the verb (and of the verb it is conjoined to)."""
    found = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    if not found and token.dep_ == "conj":
        found = [c.lower_ for c in token.head.children if c.dep_ in ("aux", "auxpass")]
    if token.dep_ == "relcl" and token.head.dep_ == "attr":
        # "would be the first leader to visit": the copula's modality is the visit's
        found += [c.lower_ for c in token.head.head.children if c.dep_ in ("aux", "auxpass")]
    return found


def governors(token: Token) -> Iterator[Token]:
    """The verbs (and adjectives like "due") that control ``token`` through xcomp/pcomp chains."""
    current = token
    through_noun = False  # reached a noun through its infinitive ("an invitation to attend")
    for _ in range(5):
        if current.dep_ == "conj" and current.head is not current:
            current = current.head  # "is to pay a visit and to attend": attend shares pay's governor
            continue
        # "rejected an invitation to attend": the noun's verb governs the infinitive too
        noun_object = through_noun and current.dep_ == "dobj"
        if current.dep_ not in ("xcomp", "pcomp", "ccomp", "acomp", "pobj", "prep", "advcl") \
                and not infinitive_of_noun(current) and not noun_object:
            return
        through_noun = infinitive_of_noun(current)
        parent = current.head
        if parent is current:
            return
        if parent.pos_ == "ADP":
            current = parent
            continue
        yield parent
        current = parent


def scheduled(token: Token) -> bool:
    """"He is to visit Astana", "is to pay a visit and to attend": be + to-infinitive."""
    current = token
    for _ in range(4):
        if current.dep_ == "conj" and current.head is not current:
            current = current.head
            continue
        break
    if not has_to(current):
        return False
    if current.dep_ == "xcomp" and current.head.lemma_ == "be":
        return True
    # Headlines drop "is": "Tokayev to attend SCO summit" (the parser makes the infinitive
    # the root, or hangs it off a subject it mistakes for a base-form verb)
    return current.dep_ == "ROOT" or headline_subject(current) is not None


def headline_subject(verb: Token) -> Token | None:
    """In "Tokayev to attend SCO summit" at the start of a text the parser may take the
    name for a base-form root verb with "to attend" as its complement: that name."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.dep_ == "ROOT" and head.i < verb.i \
            and head.tag_ in ("VB", "NN", "NNP") and head.text[:1].isupper() \
            and head.i == head.sent.start + sum(1 for t in head.sent
                                                if t.i < head.i and t.dep_ == "compound") \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in head.children) \
            and has_to(verb):
        return head
    return None


def is_future_nominal(noun: Token, future_auxiliaries: frozenset[str]) -> bool:
    """An event noun inside a future clause ("The trip will be his first visit to X")."""
    # Every verb above the noun counts: parses of "X will be his first visit to Y since
    # the war began" often hang the noun off the later verb.
    return any(c.dep_ == "aux" and c.lower_ in future_auxiliaries
               for verb in noun.ancestors if verb.pos_ in ("VERB", "AUX")
               for c in verb.children)


def is_national(token: Token) -> bool:
    """Does the word name a country or its people ("Tajik attacks", "Russian troops")?
    The model's entity label, or a country mention the actor component found (the model
    takes some demonyms for names: "Tajik" is a PERSON to it)."""
    if token.ent_type_ in ("NORP", "GPE"):
        return True
    if token.pos_ not in ("PROPN", "ADJ", "NOUN"):
        return False
    return any(span.start <= token.i < span.end and span._.mv_kind in ("adjective", "country")
               for span in token.doc.spans.get("mv_actors", []))



# Charges, and the words that call them false: "the accusations were fabricated", "the
# claims are groundless", "they were made up by Warsaw".
CHARGE_NOUNS = frozenset({"accusation", "allegation", "claim", "charge", "assertion", "report"})
CHARGE_PRONOUNS = frozenset({"they", "these", "those", "it", "this"})
FALSE_WORDS = frozenset({"fabricate", "fabricated", "false", "groundless", "baseless", "unfounded",
                         "untrue", "absurd", "fake", "lie", "lies", "fabrication", "fiction",
                         "invent", "invented", "nonsense", "slander", "slanderous"})


def denies_charge(clause: Token) -> bool:
    """Does a reported clause call a charge false ("the accusations were fabricated",
    "they were made up by the Polish leadership", "the claims are baseless")?  A bare
    pronoun subject counts only with "made up" or "fabricated", which only charges are."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or is_negated(clause):
        return False
    made_up = clause.lemma_.lower() == "make" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in clause.children)
    invented = made_up or clause.lemma_.lower() in ("fabricate", "invent", "concoct")
    called_false = invented or any(
        c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in FALSE_WORDS
        for c in clause.children)
    if not called_false:
        return False
    subject = subjects[0].lemma_.lower()
    return subject in CHARGE_NOUNS or (invented and subject in CHARGE_PRONOUNS)
