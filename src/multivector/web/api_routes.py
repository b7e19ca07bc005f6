"""JSON API (``/api/...``), downloads (CSV, JSONL, briefing) and the API docs page.

Every query parameter is declared as text and validated by ``params`` (a bad value is a
400 with ``{"error": {"code", "message"}}``), so the rules match the HTML pages.
Event items are the contract's record plus ``cluster_id`` and ``sources``
(``DistinctEvent.to_dict``), as ``multivector events --format jsonl`` prints them.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse

from multivector.store import queries
from multivector.store.codes import check_dataset
from multivector.web import data
from multivector.web.app import BRIEF_CSP, cursor, web
from multivector.web.params import (
    EventFilters, check_window, parse_by, parse_code, parse_date, parse_filters, parse_int,
    parse_page, parse_partners, parse_sort,
)

router = APIRouter()
Text = Annotated[str | None, Query()]
EXPORT_CHUNK = 2000


def _filters(request: Request) -> EventFilters:
    return parse_filters(dict(request.query_params), web(request).codes)


@router.get("/api/events", tags=["events"], summary="Distinct events matching the filters")
def api_events(request: Request, country: Annotated[str | None, Query(description="Either side of the dyad (ISO3 or organisation code)")] = None,
               partner: Annotated[str | None, Query(description="The other side of the dyad")] = None,
               type: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT")] = None,  # noqa: A002
               mode: Annotated[str | None, Query(description="PLOVER mode, e.g. visit")] = None,
               from_: Annotated[str | None, Query(alias="from", description="YYYY-MM-DD: events ending on or after")] = None,
               to: Annotated[str | None, Query(description="YYYY-MM-DD: events starting on or before")] = None,
               dataset: Annotated[str | None, Query(description="news, or an import kind such as icews")] = None,
               sort: Annotated[str | None, Query(description="date, -date, type, actor, recipient, mode, sources (prefix - to reverse)")] = None,
               page: Annotated[str | None, Query(description="1-based page number")] = None,
               per_page: Annotated[str | None, Query(description="rows a page, 1..500 (default 50)")] = None,
               cur: Any = Depends(cursor)) -> dict[str, Any]:
    filters = _filters(request)
    order = parse_sort(sort)
    total = data.count(cur, filters)
    chosen = parse_page(dict(request.query_params), max_rows=total)
    items = data.event_page(cur, filters, sort=order, limit=chosen.per_page, offset=chosen.offset)
    return {"total": total, "page": chosen.number, "per_page": chosen.per_page, "sort": order,
            "filters": filters.query(), "items": [item.to_dict() for item in items]}


@router.get("/api/events/{cluster_id}", tags=["events"], summary="One distinct event with its sources")
def api_event(cluster_id: str, cur: Any = Depends(cursor)) -> dict[str, Any]:
    item = data.one_event(cur, cluster_id)
    if item is None:
        raise HTTPException(404, f"no event {cluster_id!r} in this database")
    return item.to_dict()


@router.get("/api/balance/{country}", tags=["balance"],
            summary="The multi-vector balance (as `multivector balance --format json`)")
def api_balance(request: Request, country: str,
                partners: Annotated[str | None, Query(description="Comma-separated codes (default CHN,RUS,USA,EU)")] = None,
                from_: Annotated[str | None, Query(alias="from", description="YYYY-MM-DD")] = None,
                to: Annotated[str | None, Query(description="YYYY-MM-DD")] = None,
                by: Annotated[str | None, Query(description="month, quarter or year")] = None,
                cur: Any = Depends(cursor)) -> dict[str, Any]:
    state = web(request)
    code = parse_code(country, "country", state.codes)
    assert code is not None
    chosen = parse_partners(partners, state.codes)
    date_from, date_to = parse_date(from_, "from"), parse_date(to, "to")
    check_window(date_from, date_to)
    unit = parse_by(by)
    return data.overview_balance(cur, code, chosen, date_from, date_to, by=unit).to_dict()


@router.get("/api/changes/{country}", tags=["balance"],
            summary="What changed (as `multivector changes --format json`)")
def api_changes(request: Request, country: str,
                partners: Annotated[str | None, Query(description="Comma-separated codes (default CHN,RUS,USA,EU)")] = None,
                at: Annotated[str | None, Query(description="YYYY-MM-DD: last day of the windows (default: the latest event date)")] = None,
                cur: Any = Depends(cursor)) -> dict[str, Any]:
    from multivector.web.changes_view import changes_for

    state = web(request)
    code = parse_code(country, "country", state.codes)
    assert code is not None
    chosen = parse_partners(partners, state.codes)
    return changes_for(cur, code, chosen, parse_date(at, "at")).to_dict()


@router.get("/api/documents", tags=["documents"], summary="Documents (metadata), paginated")
def api_documents(request: Request,
                  dataset: Annotated[str | None, Query(description="news, or an import kind")] = None,
                  page: Text = None, per_page: Text = None,
                  cur: Any = Depends(cursor)) -> dict[str, Any]:
    kind = check_dataset((dataset or "").strip() or None, "dataset")
    number = parse_int(page, "page", default=1, low=1, high=10_000_000)
    size = parse_int(per_page, "per_page", default=50, low=1, high=500)
    docs = queries.documents(cur, dataset=kind, limit=size, offset=(number - 1) * size)
    return {"page": number, "per_page": size,
            "items": [{"doc_id": d.doc_id, "title": d.title, "url": d.url, "source": d.source,
                       "published": d.published.isoformat() if d.published else None,
                       "chars": len(d.text)} for d in docs]}


@router.get("/api/documents/{doc_id}", tags=["documents"], summary="One document with its text")
def api_document(doc_id: str, cur: Any = Depends(cursor)) -> dict[str, Any]:
    doc = queries.document(cur, doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r} in this database")
    return {"doc_id": doc.doc_id, "title": doc.title, "url": doc.url, "source": doc.source,
            "published": doc.published.isoformat() if doc.published else None, "text": doc.text}


@router.get("/api/countries", tags=["events"], summary="Codes by number of distinct events")
def api_countries(cur: Any = Depends(cursor)) -> list[dict[str, Any]]:
    return [{"code": code, "events": n} for code, n in data.countries(cur, limit=500)]


# --- downloads --------------------------------------------------------------------------


def _download(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@router.get("/export/events.csv", tags=["downloads"], summary="Matching events as CSV (flat columns)")
def export_csv(request: Request) -> Response:
    filters = _filters(request)
    state = web(request)

    def rows() -> Iterator[str]:
        cur = state.store.conn.cursor()
        try:
            where, params = queries.event_filters(**filters.as_kwargs())
            result = cur.execute(queries.flat_sql(where, None, 0), params)
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(queries.FLAT_COLUMNS)
            while True:
                chunk = result.fetchmany(EXPORT_CHUNK)
                writer.writerows(chunk)
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
                if not chunk:
                    break
        finally:
            cur.close()

    return StreamingResponse(rows(), media_type="text/csv; charset=utf-8",
                             headers=_download("events.csv"))


@router.get("/export/events.jsonl", tags=["downloads"], summary="Matching events as JSONL records")
def export_jsonl(request: Request) -> Response:
    filters = _filters(request)
    state = web(request)

    def lines() -> Iterator[str]:
        cur = state.store.conn.cursor()
        try:
            offset = 0
            while True:
                items = data.event_page(cur, filters, sort="date", limit=EXPORT_CHUNK, offset=offset)
                if not items:
                    break
                yield "".join(json.dumps(i.to_dict(), ensure_ascii=False) + "\n" for i in items)
                offset += len(items)
        finally:
            cur.close()

    return StreamingResponse(lines(), media_type="application/x-ndjson; charset=utf-8",
                             headers=_download("events.jsonl"))


@router.get("/brief/{name}", tags=["downloads"],
            summary="The briefing (as `multivector brief`): /brief/KAZ.html or /brief/KAZ.md")
def brief_file(request: Request, name: str, partners: Text = None,
               from_: Annotated[str | None, Query(alias="from")] = None, to: Text = None,
               download: Text = None, cur: Any = Depends(cursor)) -> Response:
    from multivector.analysis.blocs import DEFAULT_BLOCS
    from multivector.report import compose_brief

    state = web(request)
    stem, _, fmt = name.rpartition(".")
    if fmt not in ("html", "md") or not stem:
        raise HTTPException(404, "ask for /brief/CODE.html or /brief/CODE.md")
    code = parse_code(stem, "country", state.codes)
    assert code is not None
    chosen = parse_partners(partners, state.codes)
    date_from, date_to = parse_date(from_, "from"), parse_date(to, "to")
    check_window(date_from, date_to)
    from multivector.web.changes_view import changes_for

    events = queries.distinct_events(cur, country=code, date_from=date_from, date_to=date_to)
    figures = queries.indicators(cur, country=code, date_from=date_from, date_to=date_to)
    document = compose_brief(code, events, figures, date_from=date_from, date_to=date_to,
                             partners=chosen, blocs=DEFAULT_BLOCS,
                             documents_lookup=functools.partial(queries.document, cur),
                             fmt=fmt, chart_stem=f"brief-{code}",
                             changes=changes_for(cur, code, chosen, date_to))
    headers = _download(f"brief-{code}.{fmt}") if download else {}
    if fmt == "html":
        headers["Content-Security-Policy"] = BRIEF_CSP
        return HTMLResponse(document.text, headers=headers)
    return Response(document.text, media_type="text/markdown; charset=utf-8", headers=headers)


@router.get("/docs", include_in_schema=False)
def api_docs(request: Request) -> Response:
    """The OpenAPI description as a plain page (no CDN: the usual Swagger UI is not shipped)."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, spec in methods.items():
            endpoints.append({
                "method": method.upper(), "path": path, "summary": spec.get("summary", ""),
                "tags": ", ".join(spec.get("tags", [])),
                "parameters": [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                                "description": p.get("description", "")}
                               for p in spec.get("parameters", [])]})
    return web(request).render(request, "apidocs.html", title="API", endpoints=endpoints,
                               description=schema.get("info", {}).get("description", ""))
