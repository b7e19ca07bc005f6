"""HTML pages: home, country overview, events, one event, a document, dyad, briefing."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from multivector.codes import short_name
from multivector.errors import InputError
from multivector.records import EVENT_TYPES, DistinctEvent
from multivector.web import changes_view, data, svg
from multivector.web.app import cursor, web
from multivector.web.params import (
    DEFAULT_PER_PAGE, SORTS, parse_by, parse_code, parse_date, parse_filters, parse_page, parse_partners,
    parse_sort, check_window,
)

router = APIRouter(include_in_schema=False)


def _params(request: Request) -> dict[str, str | None]:
    return dict(request.query_params)


def _url(path: str, **params: Any) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(kept) if kept else "")


def _side(actor: Any) -> str:
    if actor is None:
        return "?"
    return actor.code or actor.name or actor.text or "?"


def event_row(item: DistinctEvent | data.Listed) -> dict[str, Any]:
    """What the events table shows of one event."""
    if isinstance(item, data.Listed):
        row = event_row(item.item)
        row.update(sources=item.n_sources, datasets=", ".join(item.datasets))
        return row
    event = item.event
    return {"id": item.cluster_id, "type": event.event_type, "mode": event.mode or "",
            "actor": _side(event.actor), "actor_name": (event.actor.name if event.actor else None) or "",
            "recipient": _side(event.recipient),
            "recipient_name": (event.recipient.name if event.recipient else None) or "",
            "start": event.date.start.isoformat() if event.date else "",
            "end": event.date.end.isoformat() if event.date else "",
            "place": event.location.name if event.location else "",
            "sources": len(item.sources),
            "datasets": ", ".join(sorted({s.dataset or "news" for s in item.sources})),
            "sentence": event.sentence or ""}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, cur: Any = Depends(cursor)) -> Response:
    countries = [(code, short_name(code), n) for code, n in data.countries(cur)]
    total = data.count(cur, parse_filters({}))
    return web(request).render(request, "home.html", title="multivector", countries=countries,
                               total=total)


@router.get("/country/{code}", response_class=HTMLResponse)
def country(request: Request, code: str, cur: Any = Depends(cursor)) -> Response:
    state = web(request)
    params = _params(request)
    country_code = parse_code(code, "country", state.codes)
    assert country_code is not None
    partners = parse_partners(params.get("partners"), state.codes)
    date_from, date_to = parse_date(params.get("from"), "from"), parse_date(params.get("to"), "to")
    check_window(date_from, date_to)
    by = parse_by(params.get("by"))
    balance = data.overview_balance(cur, country_code, partners, date_from, date_to)
    first, last = balance.date_from, balance.date_to
    unit = by or data.auto_unit(first, last)
    series = data.share_series(balance, unit)
    timeline = data.high_level(balance)
    points, unplaced = data.map_points(cur, country_code, date_from, date_to)
    frictions, friction_total = data.frictions(cur, country_code, date_from, date_to)
    figures = data.indicators(cur, country_code, date_from, date_to)
    name = short_name(country_code)
    window = {"from": params.get("from") or "", "to": params.get("to") or ""}
    return state.render(
        request, "country.html", title=f"{name}: overview", code=country_code, name=name,
        balance=balance, partners_text=",".join(partners), by=by or "", unit=unit,
        window=window, first=first, last=last,
        shares_svg=svg.shares_chart(series.periods, series.shares, unit,
                                    f"Share of {name}'s engagements by partner"),
        totals=list(zip([svg.period_label(p, unit) for p in series.periods], series.totals)),
        timeline=[event_row(i) for i in data.events_by_ids(
            cur, [item.cluster_id for item in reversed(timeline)])],
        timeline_svg=svg.timeline_chart(timeline, country_code, partners, first, last,
                                        "High-level engagements by partner"),
        map_svg=svg.world_map(points, f"Where {name}'s events happened"),
        places=points[:15], unplaced=unplaced,
        frictions=[event_row(i) for i in frictions], friction_total=friction_total,
        indicators=[{"indicator": ind.indicator, "actors": ", ".join(ind.actors),
                     "value": f"{ind.value:,.0f}", "unit": ind.unit,
                     "period": (ind.period.text or f"{ind.period.start}..{ind.period.end}")
                     if ind.period else "", "doc_id": ind.doc_id, "sentence": ind.sentence or "",
                     "event_id": ind.indicator_id}
                    for ind, _source in figures],
        events_link=_url("/events", country=country_code, **{"from": window["from"],
                                                             "to": window["to"]}),
        changes=changes_view.block(changes_view.changes_for(cur, country_code, partners, date_to)))


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, cur: Any = Depends(cursor)) -> Response:
    state = web(request)
    params = _params(request)
    filters = parse_filters(params, state.codes)
    sort = parse_sort(params.get("sort"))
    total = data.count(cur, filters)
    page = parse_page(params, max_rows=total)
    last_page = max(1, -(-total // page.per_page))
    if page.number > last_page:
        raise InputError(f"page={page.number} is past the last page ({last_page})", code="MV101")
    items = data.event_page(cur, filters, sort=sort, limit=page.per_page, offset=page.offset)
    query = filters.query()
    per_page = page.per_page if page.per_page != DEFAULT_PER_PAGE else None

    def sort_link(key: str) -> str:
        flipped = key[1:] if sort == key else ("-" + key if sort == key.lstrip("-") else key)
        return _url("/events", **query, sort=flipped, per_page=per_page)

    return state.render(
        request, "events.html", title="Events", rows=[event_row(i) for i in items], total=total,
        page=page.number, last_page=last_page, sort=sort, filters=query,
        types=EVENT_TYPES, datasets=state.datasets, per_page=page.per_page,
        sort_links={key: sort_link(key) for key in SORTS if not key.startswith("-")},
        prev_link=_url("/events", **query, sort=sort, per_page=per_page, page=page.number - 1)
        if page.number > 1 else None,
        next_link=_url("/events", **query, sort=sort, per_page=per_page, page=page.number + 1)
        if page.number < last_page else None,
        csv_link=_url("/export/events.csv", **query), jsonl_link=_url("/export/events.jsonl", **query))


@router.get("/event/{cluster_id}", response_class=HTMLResponse)
def event(request: Request, cluster_id: str, cur: Any = Depends(cursor)) -> Response:
    item = data.one_event(cur, cluster_id)
    if item is None:
        raise HTTPException(404, f"no event {cluster_id!r} in this database")
    record = item.to_dict()
    return web(request).render(request, "event.html", title=f"Event {cluster_id}",
                               row=event_row(item), record=record, sources=item.sources)


def highlight(text: str, sentence: str | None, span: tuple[int, int] | None) -> tuple[str, str, str]:
    """Split ``text`` around the supporting sentence: (before, sentence, after).

    The stored span is used when it holds the sentence; otherwise the sentence is
    searched for (a document re-read with different whitespace); else nothing is marked.
    """
    if span is not None:
        start, end = span
        if 0 <= start < end <= len(text) and (not sentence or text[start:end].strip() == sentence.strip()
                                              or sentence.strip() in text[start:end]):
            return text[:start], text[start:end], text[end:]
    if sentence:
        found = text.find(sentence.strip())
        if found >= 0:
            stop = found + len(sentence.strip())
            return text[:found], text[found:stop], text[stop:]
    return text, "", ""


@router.get("/document/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str, cur: Any = Depends(cursor)) -> Response:
    from multivector.store import queries

    found = queries.document(cur, doc_id)
    if found is None:
        raise HTTPException(404, f"no document {doc_id!r} in this database")
    event_id = request.query_params.get("event")
    mention = data.mention(cur, event_id) if event_id else None
    if event_id and (mention is None or mention["doc_id"] != doc_id):
        raise InputError(f"event={event_id!r} is not a mention in document {doc_id!r}",
                         code="MV101")
    if mention is not None:
        span = (mention["span_start"], mention["span_end"]) if mention["span_start"] is not None else None
        before, marked, after = highlight(found.text, mention["sentence"], span)
    else:
        before, marked, after = found.text, "", ""
    return web(request).render(request, "document.html", title=found.title or doc_id, doc=found,
                               before=before, marked=marked, after=after, mention=mention)


@router.get("/dyad", response_class=HTMLResponse)
def dyad(request: Request, cur: Any = Depends(cursor)) -> Response:
    state = web(request)
    params = _params(request)
    a = parse_code(params.get("a"), "a", state.codes)
    b = parse_code(params.get("b"), "b", state.codes)
    date_from, date_to = parse_date(params.get("from"), "from"), parse_date(params.get("to"), "to")
    check_window(date_from, date_to)
    by = parse_by(params.get("by")) or "year"
    context: dict[str, Any] = {"a": a or "", "b": b or "", "by": by,
                               "window": {"from": params.get("from") or "", "to": params.get("to") or ""}}
    if a and b:
        if a == b:
            raise InputError("a and b must be two different codes", code="MV107")
        series = data.dyad_series(cur, a, b, by, date_from, date_to)
        title = f"{short_name(a)} and {short_name(b)}: events by type and {by}"
        context.update(series=series, chart=svg.dyad_chart(series.periods, series.types,
                                                           series.counts, by, title),
                       rows=[(svg.period_label(p, by), [series.counts.get(p, {}).get(t, 0)
                                                        for t in series.types])
                             for p in series.periods],
                       events_link=_url("/events", country=a, partner=b))
    return state.render(request, "dyad.html", title="Dyad", **context)


@router.get("/brief", response_class=HTMLResponse)
def brief_page(request: Request) -> Response:
    state = web(request)
    params = _params(request)
    code = parse_code(params.get("country"), "country", state.codes)
    date_from, date_to = parse_date(params.get("from"), "from"), parse_date(params.get("to"), "to")
    check_window(date_from, date_to)
    partners = params.get("partners") or ""
    if partners:
        parse_partners(partners, state.codes)
    query = {"from": date_from and date_from.isoformat(), "to": date_to and date_to.isoformat(),
             "partners": partners}
    links = None
    if code:
        links = {fmt: _url(f"/brief/{code}.{fmt}", **query) for fmt in ("html", "md")}
        links["html_download"] = _url(f"/brief/{code}.html", **query, download=1)
        links["md_download"] = _url(f"/brief/{code}.md", **query, download=1)
        links["csv"] = _url("/export/events.csv", country=code, **{"from": query["from"],
                                                                   "to": query["to"]})
        links["jsonl"] = _url("/export/events.jsonl", country=code, **{"from": query["from"],
                                                                       "to": query["to"]})
    return state.render(request, "brief.html", title="Briefing", code=code or "", links=links,
                        window={"from": params.get("from") or "", "to": params.get("to") or ""},
                        partners=partners)
