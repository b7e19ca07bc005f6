"""Recompute distinct events for the (type, dyad) groups a write touched.

Called inside the writer's transaction, so mentions, their ``cluster_id`` and the
``events`` table always change together.  Only the affected groups are reloaded; a full
recompute (``groups=None``) is what ``Store.recluster()`` does after a rule change.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from multivector.store.dedup import cluster_group, cluster_id_for, representative
from multivector.store.rows import EVENT_FIELDS, fetch_dicts, insert_columns

_EVENT_ROW = ("cluster_id", "group_key", "event_id", "doc_id", *EVENT_FIELDS,
              "n_sources", "n_mentions", "datasets")


def recluster(conn: Any, groups: Collection[str] | None) -> int:
    """Re-cluster ``groups`` (all when None); returns the number of distinct events written."""
    if groups is not None and not groups:
        return 0
    columns = ", ".join(("event_id", "doc_id", *EVENT_FIELDS, "group_key"))
    if groups is None:
        mentions = fetch_dicts(conn, f"SELECT {columns} FROM mentions")
        conn.execute("DELETE FROM events")
    else:
        keys = sorted(groups)
        conn.execute("CREATE OR REPLACE TEMP TABLE _groups AS SELECT unnest($1::VARCHAR[]) AS group_key",
                     [keys])
        mentions = fetch_dicts(conn, f"SELECT {columns} FROM mentions "
                                     "WHERE group_key IN (SELECT group_key FROM _groups)")
        conn.execute("DELETE FROM events WHERE group_key IN (SELECT group_key FROM _groups)")
    by_group: dict[str, list[dict[str, Any]]] = {}
    for mention in mentions:
        by_group.setdefault(mention["group_key"], []).append(mention)
    assignments: list[tuple[str, str]] = []
    event_rows: list[list[Any]] = []
    for key, members in by_group.items():
        for cluster in cluster_group(members):
            cluster_id = cluster_id_for(cluster)
            assignments.extend((m["event_id"], cluster_id) for m in cluster)
            rep = representative(cluster)
            datasets = sorted({m["source_dataset"] or "news" for m in cluster})
            event_rows.append([cluster_id, key, rep["event_id"], rep["doc_id"],
                               *(rep[name] for name in EVENT_FIELDS),
                               len({m["doc_id"] for m in cluster}), len(cluster), datasets])
    insert_columns(conn, "events", _EVENT_ROW, event_rows)
    if assignments:
        conn.execute("CREATE OR REPLACE TEMP TABLE _assign AS "
                     "SELECT unnest($1::VARCHAR[]) AS event_id, unnest($2::VARCHAR[]) AS cluster_id",
                     [[a for a, _ in assignments], [c for _, c in assignments]])
        conn.execute("UPDATE mentions SET cluster_id = _assign.cluster_id FROM _assign "
                     "WHERE mentions.event_id = _assign.event_id")
    return len(event_rows)
