"""SS 637040 plan GML into the plan register (issue "The plan register of record"):
inline areas, areas built only from shared boundary lines (xlink:href), holes built
the same way; broken files refused with their sentence and the database unchanged;
the command line with a read-back of the built areas.

The documents are written here, shaped as plan-drafting systems export them: a feature
collection whose Detaljplan, Användningsområde and gräns features are members, borders
written once and referred to by both areas they separate.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

import pytest
from cli_runner import run_cli
from shapely.geometry import Polygon, box

from kalixplan.domain.errors import KalixPlanError, UnknownCrs
from kalixplan.geo.crs import reproject
from kalixplan.geo.source import SourceError
from kalixplan.services.importing.report import ImportOptions
from kalixplan.services.importing.run import import_file
from kalixplan.services.ns_detaljplan.gml import GmlPlanRefused, import_gml
from kalixplan.services.plans import create_plan, find_plan, land_use_areas, list_plans
from kalixplan.store.engine import Project, open_project

X0, Y0 = 150_000.0, 7_305_000.0  # EPSG:3018 (SWEREF 99 23 15) near Kalix
Point = tuple[float, float]
NAMESPACES = (
    'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dp="urn:example:ss637040:detaljplan"'
)


def at(x: float, y: float) -> Point:
    return (X0 + x, Y0 + y)


def pos_list(points: Iterable[Point], northing_first: bool = False) -> str:
    pairs = ((y, x) if northing_first else (x, y) for x, y in points)
    return "<gml:posList>" + " ".join(f"{a:.3f} {b:.3f}" for a, b in pairs) + "</gml:posList>"


def square(x0: float, y0: float, x1: float, y1: float) -> list[Point]:
    return [at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)]


def inline_polygon(shell: list[Point], gid: str, holes: Sequence[list[Point]] = ()) -> str:
    inner = "".join(
        f"<gml:interior><gml:LinearRing>{pos_list(h)}</gml:LinearRing></gml:interior>"
        for h in holes
    )
    return (
        f'<gml:Polygon gml:id="{gid}"><gml:exterior><gml:LinearRing>{pos_list(shell)}'
        f"</gml:LinearRing></gml:exterior>{inner}</gml:Polygon>"
    )


def ring_of(refs: Iterable[str]) -> str:
    members = "".join(f'<gml:curveMember xlink:href="#{r}"/>' for r in refs)
    return f"<gml:Ring>{members}</gml:Ring>"


def referenced_surface(gid: str, exterior: Iterable[str], *interiors: Iterable[str]) -> str:
    """A surface whose rings are only references to boundary lines elsewhere."""
    inner = "".join(f"<gml:interior>{ring_of(r)}</gml:interior>" for r in interiors)
    return (
        f'<gml:Surface gml:id="{gid}"><gml:patches><gml:PolygonPatch>'
        f"<gml:exterior>{ring_of(exterior)}</gml:exterior>{inner}"
        "</gml:PolygonPatch></gml:patches></gml:Surface>"
    )


def border(gid: str, points: list[Point], kind: str = "Anvandningsgrans") -> str:
    """A boundary feature whose line has the id ``l_<gid>``."""
    return (
        f'<gml:featureMember><dp:{kind} gml:id="{gid}"><dp:detaljplan xlink:href="#plan"/>'
        f'<dp:geometri><gml:LineString gml:id="l_{gid}">{pos_list(points)}</gml:LineString>'
        f"</dp:geometri></dp:{kind}></gml:featureMember>"
    )


def area(gid: str, code: str, surface: str, plan: str = "plan") -> str:
    return (
        f'<gml:featureMember><dp:Anvandningsomrade gml:id="{gid}">'
        f'<dp:detaljplan xlink:href="#{plan}"/><dp:anvandning>{code}</dp:anvandning>'
        f"<dp:geometri>{surface}</dp:geometri></dp:Anvandningsomrade></gml:featureMember>"
    )


def identity(designation: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, designation))


def plan(designation: str, gid: str = "plan", surface: str | None = None, extra: str = "") -> str:
    geometry = f"<dp:geometri>{surface}</dp:geometri>" if surface else ""
    return (
        f'<gml:featureMember><dp:Detaljplan gml:id="{gid}">'
        f"<dp:objektidentitet>{identity(designation)}</dp:objektidentitet>"
        f"<dp:beteckning>{designation}</dp:beteckning>"
        f"<dp:namn>Grytnäs industriområde</dp:namn><dp:status>laga kraft</dp:status>"
        f"<dp:beslut><dp:Beslut><dp:datumAntagande>2019-05-20</dp:datumAntagande>"
        f"<dp:datumLagakraft>2019-06-18</dp:datumLagakraft>"
        f"<dp:genomforandetid>10</dp:genomforandetid></dp:Beslut></dp:beslut>"
        f"{extra}{geometry}</dp:Detaljplan></gml:featureMember>"
    )


def document(*members: str, srs: str = "EPSG:3018") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<dp:Plandokument {NAMESPACES} gml:id="leverans">'
        f'<gml:boundedBy><gml:Envelope srsName="{srs}"><gml:lowerCorner>{X0} {Y0}'
        f"</gml:lowerCorner><gml:upperCorner>{X0 + 400} {Y0 + 400}</gml:upperCorner>"
        f"</gml:Envelope></gml:boundedBy>{''.join(members)}</dp:Plandokument>\n"
    )


def shared_border_plan() -> str:
    """J (west) and Z (east) built only from borders; the middle one is shared."""
    return document(
        plan("2514-P2024:2"),
        border("g_south_j", [at(0, 0), at(200, 0)]),
        border("g_south_z", [at(200, 0), at(400, 0)]),
        border("g_east", [at(400, 0), at(400, 300)], kind="Plangrans"),
        border("g_north_z", [at(400, 300), at(200, 300)]),
        border("g_north_j", [at(200, 300), at(0, 300)]),
        border("g_west", [at(0, 300), at(0, 0)], kind="Plangrans"),
        border("g_mid", [at(200, 300), at(200, 0)]),
        # J refers to the boundary features, Z to their lines: both are found.
        area("a_j", "J", referenced_surface("s_j", ["g_south_j", "g_mid", "g_north_j", "g_west"])),
        area(
            "a_z",
            "Z",
            referenced_surface("s_z", ["l_g_south_z", "l_g_east", "l_g_north_z", "l_g_mid"]),
        ),
    )


def hole_plan(dangling: bool = False, open_ring: bool = False) -> str:
    """J round a Z: J's hole and Z's exterior are the same two borders."""
    outer = ["g_s", "g_e", "g_n", "g_w"]
    return document(
        plan("2514-P2024:3", surface=inline_polygon(square(0, 0, 400, 400), "p3")),
        border("g_s", [at(0, 0), at(400, 0)]),
        border("g_e", [at(400, 0), at(400, 400)]),
        border("g_n", [at(400, 400), at(0, 400)]),
        border("g_w", [at(0, 400), at(0, 0)]),
        border("g_h1", [at(100, 100), at(200, 100), at(200, 200)]),
        border("g_h2", [at(200, 200), at(100, 200), at(100, 100)]),
        area(
            "a_j",
            "J",
            referenced_surface(
                "s_j", outer[:3] if open_ring else outer, ["g_h1", "nope" if dangling else "g_h2"]
            ),
        ),
        area("a_z", "Z", referenced_surface("s_z", ["g_h2", "g_h1"])),
    )


def write(tmp_path: Path, text: str, name: str = "plan.gml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def register(project: Project) -> tuple[list[tuple[str, int]], list[tuple[int, str, float]]]:
    with project.read_scope() as s:
        plans = [(p.designation, p.version) for p in list_plans(s)]
        areas = [(a.plan_id, a.code, round(a.geom.area, 3)) for a in land_use_areas(s)]
    return plans, areas


def test_inline_polygons(project: Project, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        document(
            plan("2514-P2024:1", surface=inline_polygon(square(0, 0, 400, 300), "p1")),
            area("a1", "J", inline_polygon(square(0, 0, 200, 300), "pa1")),
            area("a2", "Z", inline_polygon(square(200, 0, 400, 300), "pa2")),
        ),
    )
    report = import_gml(project, path)
    assert report.imported == 1 and report.layer == "SS 637040"
    with project.read_scope() as s:
        row = find_plan(s, "2514-P2024:1")
        areas = {a.code: a.geom.area for a in land_use_areas(s, row.id)}
    assert row.status == "in_force" and row.name == "Grytnäs industriområde"
    assert row.adopted_date == date(2019, 5, 20) and row.in_force_date == date(2019, 6, 18)
    assert row.implementation_years == 10 and row.implementation_ends == date(2029, 6, 18)
    assert row.uuid == identity("2514-P2024:1")
    assert row.geom.area == pytest.approx(120_000)
    assert areas == {"J": pytest.approx(60_000), "Z": pytest.approx(60_000)}
    again = import_gml(project, path)
    assert again.skipped == 1 and again.lines[0].reason == "unchanged"


def test_areas_built_from_a_shared_boundary(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path, shared_border_plan())
    dry = import_file(project, path, ImportOptions(kind="plans"), dry_run=True)
    assert dry.dry_run and dry.imported == 1 and register(project) == ([], [])
    report = import_file(project, path, ImportOptions(kind="plans"))
    assert report.imported == 1
    with project.read_scope() as s:
        row = find_plan(s, "2514-P2024:2")
        built = {a.code: a.geom for a in land_use_areas(s, row.id)}
    assert built["J"].equals(box(*at(0, 0), *at(200, 300)))
    assert built["Z"].equals(box(*at(200, 0), *at(400, 300)))
    assert built["J"].intersection(built["Z"]).area == 0  # they meet on the shared line
    # The plan had no boundary of its own: its areas' union is its extent.
    assert row.geom.area == pytest.approx(120_000)


def test_a_hole_built_from_references(project: Project, tmp_path: Path) -> None:
    import_gml(project, write(tmp_path, hole_plan()))
    with project.read_scope() as s:
        built = {a.code: a.geom for a in land_use_areas(s)}
    assert built["J"].area == pytest.approx(400 * 400 - 100 * 100)
    assert len(built["J"].geoms[0].interiors) == 1
    assert built["Z"].area == pytest.approx(100 * 100)
    assert built["J"].union(built["Z"]).area == pytest.approx(400 * 400)


BROKEN = {
    "dangling": (
        lambda: hole_plan(dangling=True),
        GmlPlanRefused,
        ["plan.gml", "land-use area a_j of plan 2514-P2024:3", "#nope", "does not hold"],
    ),
    "open ring": (
        lambda: hole_plan(open_ring=True),
        GmlPlanRefused,
        ["plan.gml", "area a_j", "does not close", f"({X0:.3f}, {Y0:.3f})"],
    ),
    "unknown crs": (
        lambda: shared_border_plan().replace('"EPSG:3018"', '"urn:ogc:def:crs:EPSG::4326"'),
        UnknownCrs,
        ["plan.gml", "a_j", "urn:ogc:def:crs:EPSG::4326", "SWEREF 99"],
    ),
    "truncated": (
        lambda: shared_border_plan()[:2000],
        KalixPlanError,
        ["plan.gml", "cut off"],
    ),
    "entity": (
        lambda: shared_border_plan().replace(
            "?>\n", '?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
        ),
        GmlPlanRefused,
        ["plan.gml", "DTD or entities"],
    ),
    "plan rule": (  # a domain rule breaks in the second plan: the first is not kept either
        lambda: shared_border_plan().replace(
            "</gml:featureMember>",
            "</gml:featureMember>"
            + plan(
                "2514-P2024:9",
                gid="plan9",
                surface=inline_polygon(square(0, 0, 10, 10), "p9"),
                extra="<dp:genomforandetid>40</dp:genomforandetid>",
            ).replace("<dp:genomforandetid>10</dp:genomforandetid>", ""),
            1,
        ),
        GmlPlanRefused,
        ["plan.gml", "2514-P2024:9", "PBL 4 kap. 21", "nothing was imported"],
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_files_are_refused_and_change_nothing(
    project: Project, tmp_path: Path, case: str
) -> None:
    with project.session_scope() as s:
        create_plan(
            s,
            {
                "designation": "2514-P1990:1",
                "name": "Äldre plan",
                "geom": box(*at(0, 0), *at(9, 9)),
            },
        )
    before = register(project)
    make, error, words = BROKEN[case]
    path = write(tmp_path, make())
    with pytest.raises(error) as caught:
        import_file(project, path, ImportOptions(kind="plans"))
    message = str(caught.value)
    assert all(word in message for word in words), message
    assert not re.search(r"\.\s+[A-ZÅÄÖ]", message) and message.endswith("."), message
    assert register(project) == before


def test_wrong_kind_is_one_sentence(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path, shared_border_plan())
    with pytest.raises(SourceError, match=r"SS 637040 plan document.*import it as plans"):
        import_file(project, path, ImportOptions(kind="parcels"))


def test_command_line_import_and_read_back(tmp_path: Path) -> None:
    db = tmp_path / "register.gpkg"
    assert run_cli("init", "--db", str(db)).returncode == 0  # EPSG:3006
    # EPSG's own axis order (northing first) with a URN name, in the Kalix zone.
    text = shared_border_plan().replace('"EPSG:3018"', '"urn:ogc:def:crs:EPSG::3018"')
    for points in (
        [at(0, 0), at(200, 0)],
        [at(200, 0), at(400, 0)],
        [at(400, 0), at(400, 300)],
        [at(400, 300), at(200, 300)],
        [at(200, 300), at(0, 300)],
        [at(0, 300), at(0, 0)],
        [at(200, 300), at(200, 0)],
    ):
        text = text.replace(pos_list(points), pos_list(points, northing_first=True))
    path = write(tmp_path, text, "Grytnäs.gml")
    done = run_cli("import", "--db", str(db), "--kind", "plans", str(path))
    assert done.returncode == 0, done.stderr
    assert "Imported 1 plans from Grytnäs.gml (SS 637040)" in done.stdout
    wrong = run_cli("import", "--db", str(db), "--kind", "parcels", str(path))
    assert wrong.returncode == 2 and "import it as plans" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    project = open_project(str(db))
    try:
        with project.read_scope() as s:
            row = find_plan(s, "2514-P2024:2")
            built = {a.code: a.geom for a in land_use_areas(s, row.id)}
    finally:
        project.close()
    expected = {
        "J": reproject(Polygon(square(0, 0, 200, 300)), 3018, 3006),
        "Z": reproject(Polygon(square(200, 0, 400, 300)), 3018, 3006),
    }
    for code, shape in expected.items():
        assert built[code].area == pytest.approx(shape.area, rel=1e-9)
        assert built[code].symmetric_difference(shape).area < 1e-3
    assert row.geom.area == pytest.approx(expected["J"].area + expected["Z"].area, rel=1e-9)
