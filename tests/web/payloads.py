"""Hostile text put into a published parcel, shared by the site's core and browser tests.

Each payload sets ``window.__pwned`` if it ever runs, so the browser test can tell.
"""

from __future__ import annotations

from kalixplan.services.parcels import get_parcel, update_parcel
from kalixplan.services.publish.gather import published_parcel_ids
from kalixplan.store.engine import Project

IMG = '<img src=x onerror="window.__pwned=1;alert(1)">'
SCRIPT_END = "</script><script>window.__pwned=2;alert(1)</script>"
LINE_SEP = "line\u2028separator\u2029paragraph"
JS_LINK = "javascript:window.__pwned=3;alert(1)"
AREA = f"Hamn {IMG} {SCRIPT_END} {LINE_SEP}"
CONTACT = f"Anna {IMG} {SCRIPT_END}"
GEOTECHNICS = f"Lera {SCRIPT_END} {LINE_SEP} <b>fet</b> & 'citat'"
OWNER = "SECRET-OWNER-Nordisk Stål AB"
NOTES = "SECRET-NOTE: budget 12 Mkr, do not publish"


def make_hostile(project: Project) -> int:
    """Put the payloads into the first published parcel; returns its id."""
    with project.session_scope() as session:
        parcel_id = published_parcel_ids(session)[0]
        row = get_parcel(session, parcel_id)
        update_parcel(
            session,
            parcel_id,
            row.version,
            {
                "area_name": AREA,
                "contact_person": CONTACT,
                "contact_email": JS_LINK,
                "geotechnics": GEOTECHNICS,
                "owner": OWNER,
                "notes": NOTES,
                "price_sek_m2": 987.0,
            },
        )
    return parcel_id
