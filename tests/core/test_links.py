"""Safe links: websites, e-mail and document links refuse javascript:, file:, data: and kin."""

from __future__ import annotations

import pytest

from kalixplan.domain.errors import ValidationError
from kalixplan.domain.validation import check_link
from kalixplan.services.actors import (
    add_contact,
    create_actor,
    get_actor,
    update_actor,
    update_contact,
)
from kalixplan.services.documents import add_document, documents_of
from kalixplan.store.engine import Project

ORG = "556036-0793"

HOSTILE = [
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "javascript://%0aalert(1)",
    "file:///etc/passwd",
    "FILE:///C:/Windows/win.ini",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "smb://server/share",
    "http:evil",
    "https://",
    "https://exa mple.se",
    "https://example.se/\u202eexe.pdf",
]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("kind", ["web", "email", "document"])
def test_hostile_links_are_refused_in_one_sentence(value: str, kind: str) -> None:
    with pytest.raises(ValidationError) as err:
        check_link("location", value, kind)
    message = str(err.value)
    assert err.value.field == "location"
    assert message.endswith(".") and message.count(". ") == 0 and "\n" not in message


@pytest.mark.parametrize(
    ("kind", "value", "stored"),
    [
        ("web", "https://www.kalix.se/naringsliv", "https://www.kalix.se/naringsliv"),
        ("web", "http://example.se", "http://example.se"),
        ("web", "www.kalix.se", "https://www.kalix.se"),
        ("email", "kontakt@example.se", "kontakt@example.se"),
        ("email", "mailto:kontakt@example.se", "kontakt@example.se"),
        ("document", "https://example.se/plankarta.pdf", "https://example.se/plankarta.pdf"),
        ("document", "mailto:plan@kalix.se", "mailto:plan@kalix.se"),
        ("document", "/srv/avtal/loi 2024.pdf", "/srv/avtal/loi 2024.pdf"),
        ("document", r"C:\Avtal\loi.pdf", r"C:\Avtal\loi.pdf"),
        ("document", r"\\server\delad\karta.pdf", r"\\server\delad\karta.pdf"),
        ("web", "  ", None),
        ("email", None, None),
    ],
)
def test_safe_links_pass(kind: str, value: str | None, stored: str | None) -> None:
    assert check_link("location", value, kind) == stored


@pytest.mark.parametrize("value", ["rapport.pdf", "mailto:", "mailto:not-an-address"])
def test_documents_need_a_whole_path_or_a_real_address(value: str) -> None:
    with pytest.raises(ValidationError):
        check_link("location", value, "document")


def test_services_refuse_unsafe_links(project: Project) -> None:
    with project.session_scope() as s:
        actor = create_actor(s, {"org_number": ORG, "name": "Kalix Vätgas AB"})
        add_document(s, "actors", actor.id, "Avtal", "https://example.se/avtal.pdf")
        contact = add_contact(s, actor.id, {"name": "Anna", "email": "anna@example.se"})
    for bad in ("javascript:alert(1)", "file:///etc/hostname", "data:text/html,x"):
        with pytest.raises(ValidationError, match="not allowed"):
            with project.session_scope() as s:
                add_document(s, "actors", actor.id, "Elak", bad)
        with pytest.raises(ValidationError, match="not allowed"):
            with project.session_scope() as s:
                update_actor(s, actor.id, actor.version, {"website": bad})
        with pytest.raises(ValidationError, match="not allowed"):
            with project.session_scope() as s:
                create_actor(s, {"org_number": "212000-1355", "name": "X", "website": bad})
        with pytest.raises(ValidationError, match="not allowed"):
            with project.session_scope() as s:
                add_contact(s, actor.id, {"name": "Bo", "email": bad})
        with pytest.raises(ValidationError, match="not allowed"):
            with project.session_scope() as s:
                update_contact(s, contact.id, contact.version, {"email": bad})
    with project.session_scope() as s:
        assert [d.location for d in documents_of(s, "actors", actor.id)] == [
            "https://example.se/avtal.pdf"
        ]
        assert get_actor(s, actor.id).website is None
        updated = update_actor(s, actor.id, actor.version, {"website": "www.kalix.se"})
    assert updated.website == "https://www.kalix.se"
