"""Prospectus sheets for every demo parcel, in Swedish and English, read back from the PDF."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from kalixplan.services.parcels import search_parcels
from kalixplan.services.printing import matching_parcel_ids
from kalixplan.store.engine import open_project
from ui.printing.prospectus import prepare_prospectus, write_prospectus_pdf

pytestmark = pytest.mark.ui


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("sv", ("Innehåll", "Teknisk försörjning", "Avstånd", "Kontakt", "Areal (geodetisk)")),
        ("en", ("Contents", "Utilities", "Distances", "Contact", "Area (geodesic)")),
    ],
)
def test_prospectus_of_all_demo_parcels(
    demo_path: Path, tmp_path: Path, qapp: object, lang: str, words: tuple[str, ...]
) -> None:
    project = open_project(str(demo_path))
    try:
        with project.session_scope() as s:
            ids = matching_parcel_ids(s, {})
            parcels = search_parcels(s)
        job = prepare_prospectus(project, ids, lang)  # type: ignore[arg-type]
        out = tmp_path / f"prospectus_{lang}.pdf"
        pages = write_prospectus_pdf(project, ids, lang, out)  # type: ignore[arg-type]
    finally:
        project.close()
    reader = PdfReader(out)
    assert len(ids) == len(parcels) == 40
    assert pages == len(reader.pages) == 1 + job.index_pages + len(ids)
    assert job.index_pages == 1
    for page in reader.pages:
        assert float(page.mediabox.width) * 25.4 / 72 == pytest.approx(210.0, abs=0.5)
    with pdfplumber.open(out) as doc:
        texts = [p.extract_text() or "" for p in doc.pages]
    assert all("Exempeldata / Example data" in t for t in texts)
    index = texts[1]
    for word in words[:1]:
        assert word in index
    first_site = 1 + job.index_pages
    for parcel_id, text in zip(ids, texts[first_site:], strict=True):
        designation = next(p.designation for p in parcels if p.id == parcel_id)
        assert designation in text
        for word in words[1:]:
            assert word in text
    # The index names each parcel with the page it is on.
    name = next(p.designation for p in parcels if p.id == ids[-1])
    assert f"{name} " in index and f" {len(reader.pages)}" in index
    # Unknown values read as such, never as zero (the demo leaves power unset on some).
    unknown = "uppgift saknas" if lang == "sv" else "not known"
    assert any(unknown in t for t in texts[first_site:])
