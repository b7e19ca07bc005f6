"""Sanity check: does multivector's yearly West-East tilt track UN General Assembly votes?

For one country, compares the yearly tilt computed from a multivector database
(``balance --by year``) with the country's UNGA vote agreement with the United States
minus its agreement with Russia (Bailey, Strezhnev & Voeten ideal-point data; session s
is taken as year 1945 + s).  Writes Pearson's r, the number of years compared and an
SVG scatter plot into BENCHMARKS.md under "## Alignment" (only that section is replaced).

    python bench/alignment.py --db multivector.duckdb --country KAZ
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import shlex
import sys
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent
UNGA = REPO.parent / "shared" / "data" / "unga" / "IdealpointestimatesAll_Jun2024.csv"
SECTION = "## Alignment"


def unga_gap(path: Path, country: str) -> dict[int, float]:
    """Year -> USAgree - RUSSAgree for ``country`` (sessions with both values)."""
    out: dict[int, float] = {}
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            if row.get("iso3c") != country:
                continue
            try:
                usa, rus = float(row["USAgree"]), float(row["RUSSAgree"])
            except (KeyError, ValueError):  # "NA"
                continue
            out[1945 + int(row["session"])] = usa - rus
    return out


def yearly_tilt(db: str, country: str) -> dict[int, float]:
    sys.path.insert(0, str(REPO / "src"))
    from multivector.analysis import balance

    result = balance(country, db=db, by="year", resamples=0)
    return {p.start.year: p.tilt.value for p in result.periods
            if p.tilt is not None and p.tilt.value is not None}


def pearson(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 3:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def scatter_svg(points: list[tuple[int, float, float]], country: str) -> str:
    width, height, pad = 420, 320, 50
    body = [f'<text x="{pad}" y="20" font-size="13" font-family="sans-serif">{escape(country)}: '
            "tilt (x) vs UNGA US-Russia agreement gap (y)</text>",
            f'<rect x="{pad}" y="{pad - 20}" width="{width - 2 * pad + 30}" height="{height - 2 * pad}" '
            'fill="none" stroke="#888"/>']
    ys = [p[2] for p in points] or [0.0]
    y_low, y_high = min(ys + [-0.1]), max(ys + [0.1])
    for year, x, y in points:
        px = pad + (x + 1) / 2 * (width - 2 * pad + 30)
        py = pad - 20 + (1 - (y - y_low) / (y_high - y_low)) * (height - 2 * pad)
        body.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="4" fill="#2980b9">'
                    f"<title>{year}: tilt {x:+.2f}, gap {y:+.2f}</title></circle>")
    body.append(f'<text x="{pad}" y="{height - 12}" font-size="11" font-family="sans-serif">'
                "tilt -1 (east) .. +1 (west)</text>")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}"><rect width="{width}" height="{height}" fill="#fff"/>'
            + "".join(body) + "</svg>\n")


def replace_section(markdown: str, section: str) -> str:
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.M | re.S)
    if pattern.search(markdown):
        return pattern.sub(lambda _: section, markdown, count=1)
    return (markdown.rstrip() + "\n\n" if markdown.strip() else "# Benchmarks\n\n") + section


def build_database(db: str) -> None:
    """Everything the project can put in a database without the network."""
    from multivector.api import import_, ingest
    from multivector.demo import demo_corpus

    shared = REPO.parent / "shared" / "data"
    import_("historian-travels", shared / "historian-travels", db=db)
    import_("historian-visits", shared / "historian-visits", db=db)
    import_("icews", shared / "icews-sample" / "events.2018.sample.tab", db=db)
    ingest([str(p) for p in demo_corpus()], db=db, workers=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="multivector.duckdb")
    parser.add_argument("--country", default="KAZ")
    parser.add_argument("--unga", default=str(UNGA))
    parser.add_argument("--out", default=str(REPO / "BENCHMARKS.md"))
    parser.add_argument("--build", action="store_true",
                        help="build --db first: import the historian travels and visits and the "
                             "ICEWS sample from ../shared/data and ingest the demo corpus")
    args = parser.parse_args(argv)
    country = args.country.upper()
    if args.build:
        build_database(args.db)
    tilt = yearly_tilt(args.db, country)
    gap = unga_gap(Path(args.unga), country)
    years = sorted(set(tilt) & set(gap))
    points = [(y, tilt[y], gap[y]) for y in years]
    r = pearson([p[1] for p in points], [p[2] for p in points])
    out = Path(args.out)
    svg_path = out.parent / "bench" / f"alignment-{country}.svg"
    svg_path.parent.mkdir(parents=True, exist_ok=True)
    svg_path.write_text(scatter_svg(points, country), encoding="utf-8")
    command = "python bench/alignment.py " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
    rows = "\n".join(f"| {y} | {t:+.3f} | {g:+.3f} |" for y, t, g in points) or "| - | - | - |"
    section = (f"{SECTION}\n\nYearly West-East tilt of {country} from `{args.db}` against its UN "
               "General Assembly vote agreement with the US minus that with Russia (Bailey, "
               "Strezhnev & Voeten; year = 1945 + session). A sanity check, not a validation: "
               "the two measure different things. The database holds what the project can load "
               "offline: the historian travels and visits, the two-day ICEWS sample and the demo "
               "corpus, so most years rest on a handful of US visits (tilt +1).\n\n"
               f"- Command: `{command.strip()}`\n"
               f"- Years compared: n = {len(points)}\n"
               f"- Pearson r = {'n/a (fewer than 3 years or no variation)' if r is None else f'{r:.3f}'}\n\n"
               f"![tilt vs UNGA agreement gap]({svg_path.relative_to(out.parent).as_posix()})\n\n"
               "| year | tilt | USAgree - RUSSAgree |\n|---|---|---|\n" + rows + "\n\n")
    existing = out.read_text(encoding="utf-8") if out.exists() else ""
    out.write_text(replace_section(existing, section), encoding="utf-8")
    print(f"{country}: n={len(points)} r={'n/a' if r is None else f'{r:.3f}'} -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
